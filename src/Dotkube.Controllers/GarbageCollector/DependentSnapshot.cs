namespace Dotkube.Controllers.GarbageCollector;

/// <summary>One dependent of a <see cref="NodeSnapshot"/>; <paramref name="BlocksOwner"/>: its reference to the owner has blockOwnerDeletion=true.</summary>
public sealed record DependentSnapshot(ObjectIdentity Identity, bool BeingDeleted, bool DeletingDependents, bool BlocksOwner);
