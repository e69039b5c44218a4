using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Selectors;
using Dotkube.Client.Runtime;

namespace Dotkube.Controllers.Deployments;

public sealed partial class DeploymentController
{
    /// <summary>
    /// A Recreate rollout: scale every old ReplicaSet to zero, wait until none of their pods runs
    /// (status.replicas and the pods themselves), only then create the new ReplicaSet (never
    /// before, so new pods never run beside old ones) and scale it to spec.replicas.
    /// </summary>
    private async Task<ReconcileResult> RolloutRecreateAsync(Deployment d, Selector selector, List<ReplicaSet> rsList,
        CancellationToken ct)
    {
        var (newRs, oldRss) = await GetAllReplicaSetsAndSyncRevisionAsync(d, rsList, createIfMissing: false, ct).ConfigureAwait(false);
        List<ReplicaSet?> allRss = [.. oldRss, newRs];

        var scaledDown = false;
        foreach (var rs in ReplicaSetLists.Active(oldRss))
        {
            var (scaled, _) = await ScaleReplicaSetAsync(rs, 0, d, ct).ConfigureAwait(false);
            scaledDown |= scaled;
        }

        if (scaledDown || OldPodsRunning(newRs, oldRss, PodsByReplicaSet(d, selector, rsList)))
            return await SyncRolloutStatusAsync(d, allRss, newRs, ct).ConfigureAwait(false);

        if (newRs is null)
        {
            (newRs, oldRss) = await GetAllReplicaSetsAndSyncRevisionAsync(d, rsList, createIfMissing: true, ct).ConfigureAwait(false);
            allRss = [.. oldRss, newRs];
        }

        if (ReplicaSetLists.Replicas(newRs!) != ReplicaSetLists.Replicas(d))
            await ScaleReplicaSetAsync(newRs!, ReplicaSetLists.Replicas(d), d, ct).ConfigureAwait(false);

        if (DeploymentProgress.Complete(d, d.Status))
            await CleanupDeploymentAsync(d, oldRss, ct).ConfigureAwait(false);
        return await SyncRolloutStatusAsync(d, allRss, newRs, ct).ConfigureAwait(false);
    }

    /// <summary>Old ReplicaSets report pods, or pods of theirs not yet Succeeded or Failed still exist (Unknown counts as running).</summary>
    private static bool OldPodsRunning(ReplicaSet? newRs, IEnumerable<ReplicaSet> oldRss, Dictionary<string, List<Pod>> podsByReplicaSet)
    {
        if (ReplicaSetLists.ActualReplicas(oldRss) > 0)
            return true;
        return podsByReplicaSet
            .Where(entry => newRs is null || entry.Key != newRs.Metadata.Uid)
            .Any(entry => entry.Value.Any(pod => pod.Status?.Phase is not ("Succeeded" or "Failed")));
    }
}
