using Dotkube.Api.Meta;

namespace Dotkube.Controllers.GarbageCollector;

/// <summary>
/// One object in the dependency graph (upstream's node): its owner references as last observed
/// and the nodes that reference it. A virtual node stands for an owner known only from
/// references; it becomes real when an informer observes the object. Only
/// <see cref="DependencyGraph"/> changes a node, under its lock.
/// </summary>
public sealed class GraphNode(ObjectIdentity identity)
{
    public ObjectIdentity Identity { get; internal set; } = identity;

    public IReadOnlyList<OwnerReference> Owners { get; internal set; } = [];

    internal HashSet<GraphNode> DependentSet { get; } = [];

    /// <summary>No informer has seen the object yet: it is known only as somebody's owner.</summary>
    public bool Virtual { get; internal set; } = true;

    /// <summary>The object has a deletionTimestamp.</summary>
    public bool BeingDeleted { get; internal set; }

    /// <summary>Being deleted in the foreground: it waits for its blocking dependents to go.</summary>
    public bool DeletingDependents { get; internal set; }

    public override string ToString() => Identity.ToString();
}
