using Dotkube.Api.Apps.V1;
using Dotkube.Api.Serialization;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;

namespace Dotkube.Controllers.Deployments;

public sealed partial class DeploymentController
{
    /// <summary>Writes the status computed from the ReplicaSets when it differs (scaling and paused syncs: no progress estimate).</summary>
    private async Task SyncDeploymentStatusAsync(Deployment d, IReadOnlyList<ReplicaSet?> allRss, ReplicaSet? newRs,
        CancellationToken ct)
    {
        var status = DeploymentProgress.Calculate(allRss, newRs, d, _time.GetUtcNow());
        if (SameStatus(d.Status, status))
            return;
        d.Status = status;
        await UpdateStatusAsync(d, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the rollout's status with its Progressing condition when it differs; when it does
    /// not, asks to be run again when the progress deadline would pass (upstream's
    /// requeueStuckDeployment), since nothing else would wake a stuck rollout.
    /// </summary>
    private async Task<ReconcileResult> SyncRolloutStatusAsync(Deployment d, IReadOnlyList<ReplicaSet?> allRss,
        ReplicaSet? newRs, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        var status = DeploymentProgress.CalculateRollout(allRss, newRs, d, now);
        if (!SameStatus(d.Status, status))
        {
            if (DeploymentConditions.Get(status, DeploymentConditionType.Progressing) is { Reason: DeploymentReasons.TimedOut } timedOut
                && DeploymentConditions.Get(d.Status, DeploymentConditionType.Progressing)?.Reason != DeploymentReasons.TimedOut)
                LogTimedOut(_logger, d.Metadata.Namespace, d.Metadata.Name, timedOut.Message);
            d.Status = status;
            await UpdateStatusAsync(d, ct).ConfigureAwait(false);
            return ReconcileResult.Success;
        }

        return DeploymentProgress.ProgressCheckAfter(d, status, now) switch
        {
            null => ReconcileResult.Success,
            { } after when after == TimeSpan.Zero => ReconcileResult.RequeueWithBackoff,
            { } after => ReconcileResult.After(after),
        };
    }

    /// <summary>PUTs the status; the working copy takes the new resourceVersion so that later writes of this sync do not conflict with it.</summary>
    private async Task UpdateStatusAsync(Deployment d, CancellationToken ct)
    {
        var updated = await _client.UpdateStatusAsync(d, ct: ct).ConfigureAwait(false);
        d.Metadata.ResourceVersion = updated.Metadata.ResourceVersion;
    }

    private async Task TryUpdateStatusAsync(Deployment d, CancellationToken ct)
    {
        try
        {
            await UpdateStatusAsync(d, ct).ConfigureAwait(false);
        }
        catch (ApiStatusException)
        {
        }
    }

    private static bool SameStatus(DeploymentStatus a, DeploymentStatus b) =>
        KubeJson.Serialize(a).AsSpan().SequenceEqual(KubeJson.Serialize(b));
}
