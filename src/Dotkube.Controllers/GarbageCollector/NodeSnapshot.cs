namespace Dotkube.Controllers.GarbageCollector;

/// <summary>A node as it was when a worker read it, so workers never hold the graph's lock while calling the server.</summary>
public sealed record NodeSnapshot(ObjectIdentity Identity, bool Virtual, bool BeingDeleted, bool DeletingDependents,
    IReadOnlyList<DependentSnapshot> Dependents);
