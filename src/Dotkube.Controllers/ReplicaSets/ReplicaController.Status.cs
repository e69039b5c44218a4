using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Selectors;
using Dotkube.Client.Informers;
using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.ReplicaSets;

/// <summary>Status, as upstream's calculateStatus and updateReplicaSetStatus.</summary>
public abstract partial class ReplicaController<TOwner>
{
    /// <summary>
    /// Writes the status through the status subresource when it changed. The write carries the
    /// cached resourceVersion: on a conflict it throws, and the retry reads the newer object.
    /// </summary>
    private async Task UpdateStatusAsync(TOwner owner, ReplicaSpec spec, List<Pod> owned, Exception? manageError, DateTimeOffset now,
        CancellationToken ct)
    {
        var current = _kind.StatusOf(owner);
        var desired = CalculateStatus(current, spec, owner.Metadata.Generation ?? 0, owned, manageError, now);
        if (ReplicaStatuses.Same(desired, current))
            return;
        ReplicaControllerLog.UpdatingStatus(_logger, _kind.Kind, ObjectKeys.Of(owner), desired.Replicas, desired.ReadyReplicas ?? 0,
            desired.AvailableReplicas ?? 0, desired.ObservedGeneration ?? 0);
        await _context.Client.UpdateStatusAsync(_kind.WithStatus(owner, desired), ct: ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A new status (<paramref name="current"/> is left alone) counting the owned pods: all, those
    /// carrying every template label, ready ones, and ready ones available for minReadySeconds.
    /// A ReplicaFailure condition (FailedCreate or FailedDelete, the error as message) is added when
    /// managing pods failed and removed once a sync succeeds; an existing one is kept as it is
    /// while failures go on, as upstream.
    /// </summary>
    internal static ReplicaSetStatus CalculateStatus(ReplicaSetStatus current, ReplicaSpec spec, long generation, IReadOnlyList<Pod> owned,
        Exception? manageError, DateTimeOffset now)
    {
        var templateLabels = Selector.FromSet(spec.Template.Metadata.Labels);
        var conditions = current.Conditions ?? [];
        var failure = conditions.FirstOrDefault(c => c.Type == ReplicaSetConditionType.ReplicaFailure);
        if (manageError is not null && failure is null)
        {
            var diff = owned.Count - spec.Replicas;
            var reason = diff < 0 ? PodControl.FailedCreateReason : diff > 0 ? PodControl.FailedDeleteReason : "";
            conditions =
            [
                .. conditions,
                new ReplicaSetCondition
                {
                    Type = ReplicaSetConditionType.ReplicaFailure, Status = ConditionStatus.True, LastTransitionTime = now,
                    Reason = reason, Message = manageError.Message,
                },
            ];
        }
        else if (manageError is null && failure is not null)
        {
            conditions = [.. conditions.Where(c => c.Type != ReplicaSetConditionType.ReplicaFailure)];
        }

        return new ReplicaSetStatus
        {
            Replicas = owned.Count,
            FullyLabeledReplicas = ReplicaStatuses.OmitZero(owned.Count(p => templateLabels.Matches(p.Metadata.Labels))),
            ReadyReplicas = ReplicaStatuses.OmitZero(owned.Count(PodState.IsReady)),
            AvailableReplicas = ReplicaStatuses.OmitZero(owned.Count(p => PodState.IsAvailable(p, spec.MinReadySeconds, now))),
            ObservedGeneration = generation == 0 ? null : generation,
            Conditions = conditions.Count == 0 ? null : [.. conditions],
        };
    }
}
