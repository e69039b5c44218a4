using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;

namespace Dotkube.Controllers.GarbageCollector;

public sealed partial class GarbageCollector
{
    /// <summary>
    /// Upstream's attemptToOrphanWorker for an owner deleted with the "orphan" finalizer: every
    /// dependent in the graph loses its references to the owner, then the finalizer goes and with
    /// it (no other finalizer left) the owner. A dependent that fails keeps the finalizer in place
    /// and the whole item is retried with backoff.
    /// </summary>
    private async Task<ReconcileResult> AttemptToOrphanAsync(string uid, CancellationToken ct)
    {
        if (Graph.Snapshot(uid) is not { } owner || owner.Virtual)
            return ReconcileResult.Success;

        var failures = new List<string>();
        foreach (var dependent in owner.Dependents)
        {
            try
            {
                await OrphanAsync(dependent.Identity, uid, ct).ConfigureAwait(false);
            }
            catch (ApiStatusException e) when (!ct.IsCancellationRequested)
            {
                failures.Add($"{dependent.Identity}: {e.Message}");
            }
        }

        if (failures.Count > 0)
            throw new InvalidOperationException($"orphaning dependents of {owner.Identity} failed: {string.Join("; ", failures)}");

        var resource = ResourceFor(owner.Identity)
            ?? throw new InvalidOperationException($"no resource serves {owner.Identity.ApiVersion}, Kind={owner.Identity.Kind}");
        var latest = await GetLiveAsync(resource, owner.Identity, ct).ConfigureAwait(false);
        if (latest is null || !(latest.Finalizers ?? []).Contains(DependencyGraph.OrphanFinalizer))
            return ReconcileResult.Success;
        LogRemovingFinalizer(_logger, DependencyGraph.OrphanFinalizer, owner.Identity.ToString());
        await _metadata.PatchAsync(resource, latest.Namespace, latest.Name!, PatchType.Merge,
            MetadataPatches.RemoveFinalizer(latest, DependencyGraph.OrphanFinalizer), ct).ConfigureAwait(false);
        return ReconcileResult.Success;
    }

    private async Task OrphanAsync(ObjectIdentity dependent, string ownerUid, CancellationToken ct)
    {
        var resource = ResourceFor(dependent)
            ?? throw new InvalidOperationException($"no resource serves {dependent.ApiVersion}, Kind={dependent.Kind}");
        var latest = await GetLiveAsync(resource, dependent, ct).ConfigureAwait(false);
        if (latest is null || (latest.OwnerReferences ?? []).All(r => r.Uid != ownerUid))
            return;
        await _metadata.PatchAsync(resource, latest.Namespace, latest.Name!, PatchType.Merge,
            MetadataPatches.RemoveOwners(latest, new HashSet<string> { ownerUid }), ct).ConfigureAwait(false);
    }
}
