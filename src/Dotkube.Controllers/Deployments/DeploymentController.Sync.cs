using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Selectors;
using Dotkube.Api.Serialization;
using Dotkube.Client.Informers;
using Dotkube.Client.Runtime;
using static Dotkube.Controllers.Deployments.DeploymentConditions;

namespace Dotkube.Controllers.Deployments;

public sealed partial class DeploymentController
{
    /// <summary>
    /// One sync of a Deployment (upstream's syncDeployment), in upstream's order of precedence:
    /// a deleted Deployment only gets its status; a paused one, or one whose replicas changed, is
    /// scaled (proportionally) without rolling out; otherwise its strategy rolls it out.
    /// </summary>
    public async Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct)
    {
        var (ns, name) = ObjectKeys.Split(key);
        if (_deployments.Lister.Get(ns, name) is not { } cached)
        {
            LogDeploymentGone(_logger, key);
            return ReconcileResult.Success;
        }

        // Work on a copy: the cache's objects are shared.
        var d = Copy(cached);
        var selector = Selector.FromLabelSelector(d.Spec.Selector);
        if (selector.IsEmpty)
        {
            _events.Event(d, EventType.Warning, DeploymentReasons.SelectingAll, "This deployment is selecting all pods. A non-empty selector is required.");
            if ((d.Status.ObservedGeneration ?? 0) < (d.Metadata.Generation ?? 0))
            {
                d.Status.ObservedGeneration = d.Metadata.Generation;
                await UpdateStatusAsync(d, ct).ConfigureAwait(false);
            }

            return ReconcileResult.Success;
        }

        var rsList = await ClaimReplicaSetsAsync(d, selector, ct).ConfigureAwait(false);
        if (d.Metadata.DeletionTimestamp is not null)
        {
            await SyncStatusOnlyAsync(d, rsList, ct).ConfigureAwait(false);
            return ReconcileResult.Success;
        }

        await CheckPausedConditionsAsync(d, ct).ConfigureAwait(false);
        if (d.Spec.Paused == true || await IsScalingEventAsync(d, rsList, ct).ConfigureAwait(false))
        {
            await SyncAsync(d, rsList, ct).ConfigureAwait(false);
            return ReconcileResult.Success;
        }

        return d.Spec.Strategy.Type switch
        {
            DeploymentStrategyType.Recreate => await RolloutRecreateAsync(d, selector, rsList, ct).ConfigureAwait(false),
            DeploymentStrategyType.RollingUpdate => await RolloutRollingAsync(d, rsList, ct).ConfigureAwait(false),
            _ => throw new InvalidOperationException($"unexpected deployment strategy type: {d.Spec.Strategy.Type}"),
        };
    }

    /// <summary>Status only, no writes to ReplicaSets (for a Deployment being deleted).</summary>
    private async Task SyncStatusOnlyAsync(Deployment d, List<ReplicaSet> rsList, CancellationToken ct)
    {
        var (newRs, oldRss) = await GetAllReplicaSetsAndSyncRevisionAsync(d, rsList, createIfMissing: false, ct).ConfigureAwait(false);
        await SyncDeploymentStatusAsync(d, [.. oldRss, newRs], newRs, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Scaling without rolling out (upstream's sync): for a scaling event, or while paused, when
    /// no new ReplicaSet is created and old ones beyond the history limit are cleaned up.
    /// </summary>
    private async Task SyncAsync(Deployment d, List<ReplicaSet> rsList, CancellationToken ct)
    {
        var (newRs, oldRss) = await GetAllReplicaSetsAndSyncRevisionAsync(d, rsList, createIfMissing: false, ct).ConfigureAwait(false);
        foreach (var step in ReplicaSetSizing.Scale(d, newRs, oldRss))
            await ScaleReplicaSetAsync(step.ReplicaSet, step.Replicas, d, ct).ConfigureAwait(false);
        if (d.Spec.Paused == true)
            await CleanupDeploymentAsync(d, oldRss, ct).ConfigureAwait(false);
        await SyncDeploymentStatusAsync(d, [.. oldRss, newRs], newRs, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether spec.replicas changed since the active ReplicaSets were last sized (their
    /// desired-replicas annotation says another number).
    /// </summary>
    private async Task<bool> IsScalingEventAsync(Deployment d, List<ReplicaSet> rsList, CancellationToken ct)
    {
        var (newRs, oldRss) = await GetAllReplicaSetsAndSyncRevisionAsync(d, rsList, createIfMissing: false, ct).ConfigureAwait(false);
        return ReplicaSetLists.Active([.. oldRss, newRs]).Any(rs =>
            Revisions.TryGetIntAnnotation(rs, DeploymentAnnotations.DesiredReplicas, out var desired) && desired != ReplicaSetLists.Replicas(d));
    }

    /// <summary>
    /// Marks pausing and resuming in the Progressing condition (Unknown), so that time spent
    /// paused never counts against progressDeadlineSeconds. A timed-out rollout stays timed out.
    /// </summary>
    private async Task CheckPausedConditionsAsync(Deployment d, CancellationToken ct)
    {
        if (!DeploymentProgress.HasProgressDeadline(d))
            return;
        var condition = Get(d.Status, DeploymentConditionType.Progressing);
        if (condition?.Reason == DeploymentReasons.TimedOut)
            return;
        var pausedMarked = condition?.Reason == DeploymentReasons.Paused;
        var now = _time.GetUtcNow();
        if (d.Spec.Paused == true && !pausedMarked)
            Set(d.Status, New(DeploymentConditionType.Progressing, Unknown, DeploymentReasons.Paused, "Deployment is paused", now));
        else if (d.Spec.Paused != true && pausedMarked)
            Set(d.Status, New(DeploymentConditionType.Progressing, Unknown, DeploymentReasons.Resumed, "Deployment is resumed", now));
        else
            return;
        await UpdateStatusAsync(d, ct).ConfigureAwait(false);
    }

    private static T Copy<T>(T obj) => KubeJson.Deserialize<T>(KubeJson.Serialize(obj));
}
