using Dotkube.Api.Apps.V1;
using Dotkube.Client.Runtime;

namespace Dotkube.Controllers.Deployments;

public sealed partial class DeploymentController
{
    /// <summary>
    /// One step of a rolling update: scale the new ReplicaSet up if maxSurge allows, else scale
    /// old ones down if maxUnavailable allows, else (the rollout being complete) clean up old
    /// ReplicaSets; then report the status.
    /// </summary>
    private async Task<ReconcileResult> RolloutRollingAsync(Deployment d, List<ReplicaSet> rsList, CancellationToken ct)
    {
        var (created, oldRss) = await GetAllReplicaSetsAndSyncRevisionAsync(d, rsList, createIfMissing: true, ct).ConfigureAwait(false);
        var newRs = created!;
        List<ReplicaSet?> allRss = [.. oldRss, newRs];

        if (await ReconcileNewReplicaSetAsync(d, allRss, newRs, ct).ConfigureAwait(false)
            || await ReconcileOldReplicaSetsAsync(d, allRss, ReplicaSetLists.Active(oldRss), newRs, ct).ConfigureAwait(false))
            return await SyncRolloutStatusAsync(d, allRss, newRs, ct).ConfigureAwait(false);

        if (DeploymentProgress.Complete(d, d.Status))
            await CleanupDeploymentAsync(d, oldRss, ct).ConfigureAwait(false);
        return await SyncRolloutStatusAsync(d, allRss, newRs, ct).ConfigureAwait(false);
    }

    private async Task<bool> ReconcileNewReplicaSetAsync(Deployment d, List<ReplicaSet?> allRss, ReplicaSet newRs,
        CancellationToken ct)
    {
        var replicas = ReplicaSetLists.Replicas(d);
        var current = ReplicaSetLists.Replicas(newRs);
        if (current == replicas)
            return false;
        var target = current > replicas ? replicas : ReplicaSetSizing.NewReplicaSetReplicas(d, allRss, newRs);
        var (scaled, _) = await ScaleReplicaSetAsync(newRs, target, d, ct).ConfigureAwait(false);
        return scaled;
    }

    /// <summary>
    /// Scales old ReplicaSets down as far as availability allows: first by their unavailable
    /// replicas (which costs nothing and unblocks rollouts stuck on broken old pods, upstream
    /// issue 16737), then by the available ones beyond the minimum. Failures are only logged, as
    /// upstream; the status is written either way.
    /// </summary>
    private async Task<bool> ReconcileOldReplicaSetsAsync(Deployment d, List<ReplicaSet?> allRss,
        List<ReplicaSet> activeOldRss, ReplicaSet newRs, CancellationToken ct)
    {
        if (ReplicaSetLists.SpecReplicas(activeOldRss) == 0)
            return false;
        var maxScaledDown = ReplicaSetSizing.MaxScaledDown(d, allRss, newRs);
        if (maxScaledDown <= 0)
            return false;

        var scaledDown = 0;
        try
        {
            var oldRss = new List<ReplicaSet>(activeOldRss);
            foreach (var step in ReplicaSetSizing.CleanupUnhealthy(oldRss, maxScaledDown))
            {
                var (_, updated) = await ScaleReplicaSetAsync(step.ReplicaSet, step.Replicas, d, ct).ConfigureAwait(false);
                oldRss[oldRss.IndexOf(step.ReplicaSet)] = updated;
                scaledDown += ReplicaSetLists.Replicas(step.ReplicaSet) - step.Replicas;
            }

            var maxUnavailable = Fenceposts.MaxUnavailable(d);
            foreach (var step in ReplicaSetSizing.ScaleDownOld(d, [.. oldRss, newRs], oldRss, maxUnavailable))
            {
                await ScaleReplicaSetAsync(step.ReplicaSet, step.Replicas, d, ct).ConfigureAwait(false);
                scaledDown += ReplicaSetLists.Replicas(step.ReplicaSet) - step.Replicas;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogScaleDownFailed(_logger, e, d.Metadata.Namespace, d.Metadata.Name);
            return false;
        }

        return scaledDown > 0;
    }
}
