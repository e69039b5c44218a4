using System.Globalization;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;

namespace Dotkube.Controllers.Deployments;

public sealed partial class DeploymentController
{
    /// <summary>
    /// Sets the ReplicaSet's size and its desired-replicas/max-replicas annotations to the
    /// Deployment's current spec.replicas and spec.replicas + maxSurge; a write happens when
    /// either is out of date, and a ScalingReplicaSet event when the size changed.
    /// </summary>
    private async Task<(bool Scaled, ReplicaSet ReplicaSet)> ScaleReplicaSetAsync(ReplicaSet rs, int replicas, Deployment d,
        CancellationToken ct)
    {
        var oldReplicas = ReplicaSetLists.Replicas(rs);
        var desired = ReplicaSetLists.Replicas(d);
        var max = desired + Fenceposts.MaxSurge(d);
        var sizeChanged = oldReplicas != replicas;
        if (!sizeChanged && !Revisions.ReplicasAnnotationsNeedUpdate(rs, desired, max))
            return (false, rs);

        var copy = Copy(rs);
        copy.Spec.Replicas = replicas;
        Revisions.SetReplicasAnnotations(copy, desired, max);
        var updated = await _client.UpdateAsync(copy, ct: ct).ConfigureAwait(false);
        if (sizeChanged)
        {
            var direction = oldReplicas < replicas ? "up" : "down";
            _events.Event(d, EventType.Normal, DeploymentReasons.ScalingReplicaSet, string.Create(CultureInfo.InvariantCulture,
                $"Scaled {direction} replica set {updated.Metadata.Name} from {oldReplicas} to {replicas}"));
        }

        return (sizeChanged, updated);
    }

    /// <summary>
    /// Deletes the oldest old ReplicaSets beyond revisionHistoryLimit, lowest revision first;
    /// only those scaled to zero, with no pods left and their latest spec observed.
    /// </summary>
    private async Task CleanupDeploymentAsync(Deployment d, IEnumerable<ReplicaSet> oldRss, CancellationToken ct)
    {
        if (!DeploymentProgress.HasRevisionHistoryLimit(d))
            return;
        var cleanable = oldRss.Where(rs => rs.Metadata.DeletionTimestamp is null).ToList();
        var excess = cleanable.Count - d.Spec.RevisionHistoryLimit!.Value;
        if (excess <= 0)
            return;

        cleanable.Sort(ReplicaSetLists.ByRevision);
        foreach (var rs in cleanable.Take(excess))
        {
            if (rs.Status.Replicas != 0 || ReplicaSetLists.Replicas(rs) != 0
                || (rs.Metadata.Generation ?? 0) > (rs.Status.ObservedGeneration ?? 0))
                continue;
            LogCleaningUp(_logger, rs.Metadata.Namespace, rs.Metadata.Name, d.Metadata.Name);
            try
            {
                await _client.DeleteAsync<ReplicaSet>(rs.Metadata.Namespace, rs.Metadata.Name!, ct: ct).ConfigureAwait(false);
            }
            catch (ApiStatusException e) when (e.IsNotFound)
            {
            }
        }
    }
}
