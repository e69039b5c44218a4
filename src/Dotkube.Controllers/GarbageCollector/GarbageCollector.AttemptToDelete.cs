using Dotkube.Api.Meta;
using Dotkube.Client.Dynamic;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;

namespace Dotkube.Controllers.GarbageCollector;

public sealed partial class GarbageCollector
{
    /// <summary>
    /// Upstream's attemptToDeleteItem for the node with <paramref name="uid"/>: confirms the object
    /// live; finishes a foreground deletion it is waiting on; otherwise classifies its owners by
    /// live reads as solid (present), dangling (absent) or waiting (deleting in the foreground) and
    /// deletes the object only when no solid owner is left.
    /// </summary>
    private async Task<ReconcileResult> AttemptToDeleteAsync(string uid, CancellationToken ct)
    {
        if (Graph.Snapshot(uid) is not { } node)
            return ReconcileResult.Success;
        if (node.BeingDeleted && !node.DeletingDependents)
            return ReconcileResult.Success;

        var resource = ResourceFor(node.Identity);
        if (resource is null)
        {
            if (node.Virtual)
            {
                // An owner of a kind nobody serves cannot exist: its dependents are orphans.
                _monitors.PostVirtualDelete(node.Identity);
                return ReconcileResult.Success;
            }

            throw new InvalidOperationException($"no resource serves {node.Identity.ApiVersion}, Kind={node.Identity.Kind}");
        }

        var latest = await GetLiveAsync(resource, node.Identity, ct).ConfigureAwait(false);
        if (latest is null)
        {
            // Gone (or replaced by a namesake): the graph forgets it and looks at its dependents again.
            _monitors.PostVirtualDelete(node.Identity);
            return ReconcileResult.Success;
        }

        if (node.Virtual)
        {
            // It exists but no informer has delivered it yet: wait for that rather than act on half a graph.
            return ReconcileResult.RequeueWithBackoff;
        }

        if (node.DeletingDependents)
            return await ProcessDeletingDependentsAsync(resource, node, latest, ct).ConfigureAwait(false);

        var references = latest.OwnerReferences ?? [];
        if (references.Count == 0)
            return ReconcileResult.Success;

        var (solid, dangling, waiting) = await ClassifyOwnersAsync(latest, references, ct).ConfigureAwait(false);
        if (solid.Count > 0)
        {
            if (dangling.Count == 0 && waiting.Count == 0)
                return ReconcileResult.Success;
            // A live owner keeps the object; the references to gone or going owners are dropped.
            var drop = dangling.Concat(waiting).Select(r => r.Uid).ToHashSet();
            LogRemovingReferences(_logger, node.Identity.ToString(), string.Join(", ", drop));
            await _metadata.PatchAsync(resource, latest.Namespace, latest.Name!, PatchType.Merge,
                MetadataPatches.RemoveOwners(latest, drop), ct).ConfigureAwait(false);
            return ReconcileResult.Success;
        }

        if (waiting.Count > 0 && node.Dependents.Count > 0)
        {
            if (node.Dependents.Any(d => d.DeletingDependents))
            {
                // A dependent also waits in the foreground: unblock our references so the two cannot wait on each other forever.
                await _metadata.PatchAsync(resource, latest.Namespace, latest.Name!, PatchType.Merge,
                    MetadataPatches.UnblockOwners(latest), ct).ConfigureAwait(false);
            }

            // An owner waits for us and we have dependents: they go first (foreground), then we do.
            await DeleteAsync(resource, node.Identity, "Foreground", ct).ConfigureAwait(false);
            return ReconcileResult.Success;
        }

        var finalizers = latest.Finalizers ?? [];
        var policy = finalizers.Contains(DependencyGraph.OrphanFinalizer) ? "Orphan"
            : finalizers.Contains(DependencyGraph.ForegroundFinalizer) ? "Foreground"
            : "Background";
        await DeleteAsync(resource, node.Identity, policy, ct).ConfigureAwait(false);
        return ReconcileResult.Success;
    }

    /// <summary>
    /// An owner deleting in the foreground: while a dependent blocks it, make sure each blocking
    /// dependent is being deleted; when none is left, remove the finalizer so the server removes it.
    /// </summary>
    private async Task<ReconcileResult> ProcessDeletingDependentsAsync(ApiResource resource, NodeSnapshot node, ObjectMeta latest,
        CancellationToken ct)
    {
        var blocking = node.Dependents.Where(d => d.BlocksOwner).ToList();
        if (blocking.Count == 0)
        {
            if ((latest.Finalizers ?? []).Contains(DependencyGraph.ForegroundFinalizer))
            {
                LogRemovingFinalizer(_logger, DependencyGraph.ForegroundFinalizer, node.Identity.ToString());
                await _metadata.PatchAsync(resource, latest.Namespace, latest.Name!, PatchType.Merge,
                    MetadataPatches.RemoveFinalizer(latest, DependencyGraph.ForegroundFinalizer), ct).ConfigureAwait(false);
            }

            return ReconcileResult.Success;
        }

        // Each dependent's own deletion event brings this owner back here (DependencyGraph).
        foreach (var dependent in blocking.Where(d => !d.BeingDeleted))
            _attemptToDelete.Queue.Add(dependent.Identity.Uid);
        return ReconcileResult.Success;
    }

    private async Task<(List<OwnerReference> Solid, List<OwnerReference> Dangling, List<OwnerReference> Waiting)> ClassifyOwnersAsync(
        ObjectMeta dependent, IReadOnlyList<OwnerReference> references, CancellationToken ct)
    {
        List<OwnerReference> solid = [], dangling = [], waiting = [];
        foreach (var reference in references)
        {
            var identity = new ObjectIdentity(reference.ApiVersion, reference.Kind, dependent.Namespace, reference.Name, reference.Uid);
            if (_absentOwners.Contains(identity))
            {
                dangling.Add(reference);
                continue;
            }

            var resource = ResourceFor(identity)
                ?? throw new InvalidOperationException($"no resource serves {reference.ApiVersion}, Kind={reference.Kind} (owner of {dependent.Name})");
            var owner = await GetLiveAsync(resource, identity, ct).ConfigureAwait(false);
            if (owner is null)
            {
                _absentOwners.Add(identity);
                dangling.Add(reference);
            }
            else if (owner.DeletionTimestamp is not null && (owner.Finalizers ?? []).Contains(DependencyGraph.ForegroundFinalizer))
            {
                waiting.Add(reference);
            }
            else
            {
                solid.Add(reference);
            }
        }

        return (solid, dangling, waiting);
    }

    /// <summary>The object's metadata read from the server, or null when it is gone or its uid differs (a namesake).</summary>
    private async Task<ObjectMeta?> GetLiveAsync(ApiResource resource, ObjectIdentity identity, CancellationToken ct)
    {
        try
        {
            var ns = resource.Namespaced ? identity.Namespace : null;
            if (resource.Namespaced && string.IsNullOrEmpty(ns))
                return null;
            var obj = await _metadata.GetAsync(resource, ns, identity.Name, ct).ConfigureAwait(false);
            return obj.Metadata.Uid == identity.Uid ? obj.Metadata : null;
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    private async Task DeleteAsync(ApiResource resource, ObjectIdentity identity, string policy, CancellationToken ct)
    {
        LogDeleting(_logger, identity.ToString(), policy);
        try
        {
            await _metadata.DeleteAsync(resource, resource.Namespaced ? identity.Namespace : null, identity.Name, new DeleteOptions
            {
                Preconditions = new Preconditions { Uid = identity.Uid },
                PropagationPolicy = policy,
            }, ct).ConfigureAwait(false);
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
        }
        catch (ApiStatusException e) when (e.IsConflict && e.Status.Message?.Contains("UID in precondition", StringComparison.Ordinal) == true)
        {
            // Replaced by a namesake: the object we meant is gone already.
        }
    }

    private ApiResource? ResourceFor(ObjectIdentity identity) => _resources.ForKind(identity.ApiVersion, identity.Kind);
}
