using Dotkube.Api.Apps.V1;
using static Dotkube.Controllers.Deployments.DeploymentConditions;
using static Dotkube.Controllers.Deployments.ReplicaSetLists;

namespace Dotkube.Controllers.Deployments;

/// <summary>
/// The Deployment's status as computed from its ReplicaSets, and the Progressing condition's
/// rules (upstream's calculateStatus, syncRolloutStatus, DeploymentComplete/Progressing/TimedOut).
/// These are the fields kubectl rollout status waits on.
/// </summary>
internal static class DeploymentProgress
{
    /// <summary>A deadline of math.MaxInt32 means none, as upstream.</summary>
    public static bool HasProgressDeadline(Deployment d) => d.Spec.ProgressDeadlineSeconds is { } s && s != int.MaxValue;

    /// <summary>A limit of math.MaxInt32 keeps every revision, as upstream.</summary>
    public static bool HasRevisionHistoryLimit(Deployment d) => d.Spec.RevisionHistoryLimit is { } l && l != int.MaxValue;

    /// <summary>
    /// Counts from the ReplicaSets' status, the observed generation, and the Available condition
    /// (at least spec.replicas - maxUnavailable available). Other conditions are carried over.
    /// Zero counts are left out, as upstream's omitempty fields.
    /// </summary>
    public static DeploymentStatus Calculate(IReadOnlyList<ReplicaSet?> allRss, ReplicaSet? newRs, Deployment d,
        DateTimeOffset now)
    {
        var available = AvailableReplicas(allRss);
        var unavailable = Math.Max(0, SpecReplicas(allRss) - available);
        var status = new DeploymentStatus
        {
            ObservedGeneration = d.Metadata.Generation is null or 0 ? null : d.Metadata.Generation,
            Replicas = OmitZero(ActualReplicas(allRss)),
            UpdatedReplicas = OmitZero(ActualReplicas([newRs])),
            ReadyReplicas = OmitZero(ReadyReplicas(allRss)),
            AvailableReplicas = OmitZero(available),
            UnavailableReplicas = OmitZero(unavailable),
            CollisionCount = d.Status.CollisionCount,
            Conditions = d.Status.Conditions is { } conditions ? [.. conditions] : null,
        };

        Set(status, available >= Replicas(d) - Fenceposts.MaxUnavailable(d)
            ? New(DeploymentConditionType.Available, True, DeploymentReasons.MinimumReplicasAvailable, "Deployment has minimum availability.", now)
            : New(DeploymentConditionType.Available, False, DeploymentReasons.MinimumReplicasUnavailable, "Deployment does not have minimum availability.", now));
        return status;
    }

    /// <summary>
    /// <see cref="Calculate"/> plus the rollout's Progressing condition (complete, progressing, or
    /// timed out against progressDeadlineSeconds; estimated only while a rollout is under way) and
    /// the ReplicaFailure condition of the ReplicaSets, the new one's first.
    /// </summary>
    public static DeploymentStatus CalculateRollout(IReadOnlyList<ReplicaSet?> allRss, ReplicaSet? newRs, Deployment d,
        DateTimeOffset now)
    {
        var status = Calculate(allRss, newRs, d, now);
        if (!HasProgressDeadline(d))
            Remove(status, DeploymentConditionType.Progressing);

        var current = Get(d.Status, DeploymentConditionType.Progressing);
        var alreadyComplete = (status.Replicas ?? 0) == (status.UpdatedReplicas ?? 0) && current?.Reason == DeploymentReasons.NewReplicaSetAvailable;
        if (HasProgressDeadline(d) && !alreadyComplete)
        {
            if (Complete(d, status))
            {
                var message = newRs is null
                    ? $"Deployment \"{d.Metadata.Name}\" has successfully progressed."
                    : $"ReplicaSet \"{newRs.Metadata.Name}\" has successfully progressed.";
                Set(status, New(DeploymentConditionType.Progressing, True, DeploymentReasons.NewReplicaSetAvailable, message, now));
            }
            else if (Progressing(d, status))
            {
                var message = newRs is null
                    ? $"Deployment \"{d.Metadata.Name}\" is progressing."
                    : $"ReplicaSet \"{newRs.Metadata.Name}\" is progressing.";
                // Unlike Set, progress with the same reason still moves lastUpdateTime: that is the
                // time the deadline counts from.
                var condition = New(DeploymentConditionType.Progressing, True, DeploymentReasons.ReplicaSetUpdated, message, now);
                if (current is not null)
                {
                    if (current.Status == True)
                        condition.LastTransitionTime = current.LastTransitionTime;
                    Remove(status, DeploymentConditionType.Progressing);
                }

                Set(status, condition);
            }
            else if (TimedOut(d, status, now))
            {
                var message = newRs is null
                    ? $"Deployment \"{d.Metadata.Name}\" has timed out progressing."
                    : $"ReplicaSet \"{newRs.Metadata.Name}\" has timed out progressing.";
                Set(status, New(DeploymentConditionType.Progressing, False, DeploymentReasons.TimedOut, message, now));
            }
        }

        if (ReplicaFailure(allRss, newRs) is { } failure)
            Set(status, failure);
        else
            Remove(status, DeploymentConditionType.ReplicaFailure);
        return status;
    }

    /// <summary>Every desired replica is updated and available, no old pod is left, and the latest generation is observed.</summary>
    public static bool Complete(Deployment d, DeploymentStatus status)
    {
        var replicas = Replicas(d);
        return (status.UpdatedReplicas ?? 0) == replicas
            && (status.Replicas ?? 0) == replicas
            && (status.AvailableReplicas ?? 0) == replicas
            && (status.ObservedGeneration ?? 0) >= (d.Metadata.Generation ?? 0);
    }

    /// <summary>Compared with the stored status: more updated, fewer old, more ready or more available pods.</summary>
    public static bool Progressing(Deployment d, DeploymentStatus status)
    {
        var old = d.Status;
        var oldOld = (old.Replicas ?? 0) - (old.UpdatedReplicas ?? 0);
        var newOld = (status.Replicas ?? 0) - (status.UpdatedReplicas ?? 0);
        return (status.UpdatedReplicas ?? 0) > (old.UpdatedReplicas ?? 0)
            || newOld < oldOld
            || (status.ReadyReplicas ?? 0) > (old.ReadyReplicas ?? 0)
            || (status.AvailableReplicas ?? 0) > (old.AvailableReplicas ?? 0);
    }

    /// <summary>
    /// The Progressing condition has not moved for progressDeadlineSeconds (or already says so).
    /// A completed rollout never times out.
    /// </summary>
    public static bool TimedOut(Deployment d, DeploymentStatus status, DateTimeOffset now)
    {
        if (!HasProgressDeadline(d) || Get(status, DeploymentConditionType.Progressing) is not { } condition)
            return false;
        if (condition.Reason == DeploymentReasons.NewReplicaSetAvailable)
            return false;
        if (condition.Reason == DeploymentReasons.TimedOut)
            return true;
        return condition.LastUpdateTime.AddSeconds(d.Spec.ProgressDeadlineSeconds!.Value) < now;
    }

    /// <summary>
    /// When an unchanged, unfinished rollout must be looked at again to notice its deadline
    /// passing (upstream's requeueStuckDeployment): null for never, zero for now (with backoff),
    /// else the time left plus a second against clock skew.
    /// </summary>
    public static TimeSpan? ProgressCheckAfter(Deployment d, DeploymentStatus newStatus, DateTimeOffset now)
    {
        var current = Get(d.Status, DeploymentConditionType.Progressing);
        if (!HasProgressDeadline(d) || current is null)
            return null;
        if (Complete(d, newStatus) || current.Reason == DeploymentReasons.TimedOut)
            return null;
        var after = current.LastUpdateTime.AddSeconds(d.Spec.ProgressDeadlineSeconds!.Value) - now;
        return after < TimeSpan.FromSeconds(1) ? TimeSpan.Zero : after + TimeSpan.FromSeconds(1);
    }

    private static DeploymentCondition? ReplicaFailure(IReadOnlyList<ReplicaSet?> allRss, ReplicaSet? newRs)
    {
        static DeploymentCondition? FailureOf(ReplicaSet? rs) =>
            rs?.Status.Conditions?.FirstOrDefault(c => c.Type == ReplicaSetConditionType.ReplicaFailure) is { } c ? FromReplicaSet(c) : null;

        return FailureOf(newRs) ?? allRss.Select(FailureOf).FirstOrDefault(c => c is not null);
    }

    private static int? OmitZero(int value) => value == 0 ? null : value;
}
