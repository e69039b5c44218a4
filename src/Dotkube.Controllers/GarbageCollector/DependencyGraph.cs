using Dotkube.Api.Meta;

namespace Dotkube.Controllers.GarbageCollector;

/// <summary>
/// The ownerReference graph of every watched object (upstream's GraphBuilder.uidToNode with
/// processGraphChanges). Events are applied one at a time by a single reader; workers read
/// snapshots. Applying an event decides what needs another look, as upstream does:
/// dependents of a vanished owner, owners that were waiting on a dependent that went or stopped
/// blocking, an owner first seen through a reference (virtual), and owners whose deletion asks
/// to orphan or to delete dependents first.
/// </summary>
public sealed class DependencyGraph(Action<string> attemptToDelete, Action<string> attemptToOrphan)
{
    public const string OrphanFinalizer = "orphan";
    public const string ForegroundFinalizer = "foregroundDeletion";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, GraphNode> _nodes = [];

    public int Count
    {
        get
        {
            lock (_lock) return _nodes.Count;
        }
    }

    public void Apply(GraphEvent e)
    {
        lock (_lock)
        {
            switch (e.Kind)
            {
                case GraphEventKind.Observed:
                    Observe(e.Identity, e.Metadata!);
                    break;
                case GraphEventKind.Deleted:
                    if (_nodes.TryGetValue(e.Identity.Uid, out var deleted) && !deleted.Virtual)
                        Remove(deleted);
                    break;
                case GraphEventKind.VirtualDeleted:
                    // An informer may have observed the object meanwhile: then it is not absent after all.
                    if (_nodes.TryGetValue(e.Identity.Uid, out var absent) && absent.Virtual)
                        Remove(absent);
                    break;
            }
        }
    }

    public NodeSnapshot? Snapshot(string uid)
    {
        lock (_lock)
        {
            if (!_nodes.TryGetValue(uid, out var node))
                return null;
            var dependents = node.DependentSet.Select(d => new DependentSnapshot(d.Identity, d.BeingDeleted, d.DeletingDependents,
                d.Owners.Any(r => r.Uid == uid && r.BlockOwnerDeletion == true))).ToList();
            return new NodeSnapshot(node.Identity, node.Virtual, node.BeingDeleted, node.DeletingDependents, dependents);
        }
    }

    private void Observe(ObjectIdentity identity, ObjectMeta meta)
    {
        var owners = meta.OwnerReferences ?? [];
        if (!_nodes.TryGetValue(identity.Uid, out var node))
        {
            node = new GraphNode(identity) { Virtual = false, Owners = [.. owners] };
            _nodes[identity.Uid] = node;
            AddToOwners(node, owners);
        }
        else
        {
            if (node.Virtual)
            {
                node.Virtual = false;
                if (node.Identity.Kind != identity.Kind || node.Identity.ApiVersion != identity.ApiVersion)
                {
                    // Referenced under another kind than it has: let the dependents check their references live.
                    EnqueueDependents(node);
                }

                node.Identity = identity;
            }

            // Most updates (status, labels, resourceVersion) leave the references as they were:
            // skip the diff's allocations on that hot path.
            if (!SameReferences(node.Owners, owners))
            {
                var (added, removed, unblocked) = Diff(node.Owners, owners);
                foreach (var reference in removed.Concat(unblocked))
                    EnqueueIfDeletingDependents(reference.Uid);
                RemoveFromOwners(node, removed);
                node.Owners = [.. owners];
                AddToOwners(node, added);
            }
            else
            {
                node.Owners = [.. owners];
            }
        }

        node.BeingDeleted = meta.DeletionTimestamp is not null;
        var finalizers = meta.Finalizers ?? [];
        if (node.BeingDeleted && finalizers.Contains(OrphanFinalizer))
            attemptToOrphan(identity.Uid);
        if (node.BeingDeleted && finalizers.Contains(ForegroundFinalizer))
        {
            node.DeletingDependents = true;
            EnqueueDependents(node);
            attemptToDelete(identity.Uid);
        }
    }

    private void Remove(GraphNode node)
    {
        _nodes.Remove(node.Identity.Uid);
        RemoveFromOwners(node, node.Owners);
        EnqueueDependents(node);
        foreach (var reference in node.Owners.Where(r => r.BlockOwnerDeletion == true))
            EnqueueIfDeletingDependents(reference.Uid);
    }

    private void AddToOwners(GraphNode dependent, IEnumerable<OwnerReference> references)
    {
        foreach (var reference in references)
        {
            if (!_nodes.TryGetValue(reference.Uid, out var owner))
            {
                // An owner not observed (yet): check it live, and collect its dependents if it is gone.
                owner = new GraphNode(new ObjectIdentity(reference.ApiVersion, reference.Kind, dependent.Identity.Namespace,
                    reference.Name, reference.Uid));
                _nodes[reference.Uid] = owner;
                attemptToDelete(reference.Uid);
            }

            owner.DependentSet.Add(dependent);
        }
    }

    private void RemoveFromOwners(GraphNode dependent, IEnumerable<OwnerReference> references)
    {
        foreach (var reference in references)
        {
            if (_nodes.TryGetValue(reference.Uid, out var owner))
            {
                owner.DependentSet.Remove(dependent);
                // A virtual owner nobody references any more is nothing to keep track of.
                if (owner.Virtual && owner.DependentSet.Count == 0)
                    _nodes.Remove(reference.Uid);
            }
        }
    }

    private void EnqueueDependents(GraphNode node)
    {
        foreach (var dependent in node.DependentSet)
            attemptToDelete(dependent.Identity.Uid);
    }

    /// <summary>An owner deleting in the foreground may be waiting on a reference that went or stopped blocking.</summary>
    private void EnqueueIfDeletingDependents(string ownerUid)
    {
        if (_nodes.TryGetValue(ownerUid, out var owner) && owner.DeletingDependents)
            attemptToDelete(ownerUid);
    }

    /// <summary>Whether <see cref="Diff"/> would find nothing: the same uids in the same order, blocking alike.</summary>
    private static bool SameReferences(IReadOnlyList<OwnerReference> old, IReadOnlyList<OwnerReference> current)
    {
        if (old.Count != current.Count)
            return false;
        for (var i = 0; i < old.Count; i++)
        {
            if (old[i].Uid != current[i].Uid || (old[i].BlockOwnerDeletion == true) != (current[i].BlockOwnerDeletion == true))
                return false;
        }

        return true;
    }

    /// <summary>References added and removed (by uid), and kept ones whose blockOwnerDeletion went from true to not.</summary>
    public static (List<OwnerReference> Added, List<OwnerReference> Removed, List<OwnerReference> Unblocked) Diff(
        IReadOnlyList<OwnerReference> old, IReadOnlyList<OwnerReference> current)
    {
        var oldByUid = old.GroupBy(r => r.Uid).ToDictionary(g => g.Key, g => g.First());
        var currentByUid = current.GroupBy(r => r.Uid).ToDictionary(g => g.Key, g => g.First());
        var added = currentByUid.Values.Where(r => !oldByUid.ContainsKey(r.Uid)).ToList();
        var removed = oldByUid.Values.Where(r => !currentByUid.ContainsKey(r.Uid)).ToList();
        var unblocked = oldByUid.Values
            .Where(r => r.BlockOwnerDeletion == true && currentByUid.TryGetValue(r.Uid, out var now) && now.BlockOwnerDeletion != true)
            .ToList();
        return (added, removed, unblocked);
    }
}
