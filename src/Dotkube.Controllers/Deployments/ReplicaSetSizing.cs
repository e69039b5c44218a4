using Dotkube.Api.Apps.V1;
using Dotkube.Api.Values;
using static Dotkube.Controllers.Deployments.ReplicaSetLists;

namespace Dotkube.Controllers.Deployments;

/// <summary>
/// How many replicas each ReplicaSet of a Deployment should have, as pure functions of the
/// Deployment and its ReplicaSets: upstream's NewRSNewReplicas, scale() with GetProportion, and
/// the scale-down steps of a rolling update. The controller writes the steps these plan.
/// </summary>
internal static class ReplicaSetSizing
{
    /// <summary>
    /// The new ReplicaSet's size for the next step of a rollout: for RollingUpdate, grown by what
    /// maxSurge leaves room for, never beyond spec.replicas; for Recreate, spec.replicas.
    /// </summary>
    public static int NewReplicaSetReplicas(Deployment d, IEnumerable<ReplicaSet?> allRss, ReplicaSet newRs)
    {
        var replicas = Replicas(d);
        switch (d.Spec.Strategy.Type)
        {
            case DeploymentStrategyType.RollingUpdate:
                var maxSurge = IntOrStringScaling.GetScaledValueFromIntOrPercent(d.Spec.Strategy.RollingUpdate?.MaxSurge, replicas, roundUp: true);
                var current = SpecReplicas(allRss);
                var maxTotal = replicas + maxSurge;
                if (current >= maxTotal)
                    return Replicas(newRs);
                return Replicas(newRs) + Math.Min(maxTotal - current, replicas - Replicas(newRs));
            case DeploymentStrategyType.Recreate:
                return replicas;
            default:
                throw new InvalidOperationException($"deployment type {d.Spec.Strategy.Type} isn't supported");
        }
    }

    /// <summary>
    /// Sizes for a scaling event or a paused Deployment (upstream's scale()). A single active
    /// ReplicaSet (or the newest, when none is) takes spec.replicas; a saturated new ReplicaSet
    /// leaves the old ones at 0; otherwise, for RollingUpdate, the difference between
    /// spec.replicas + maxSurge and the current total is shared out in proportion to each active
    /// ReplicaSet's size at the last scaling (max-replicas), largest first, with the rounding
    /// leftover going to the largest. Every active ReplicaSet gets a step then, so their replica
    /// annotations catch up even when their size stays. Recreate with several active ReplicaSets
    /// waits for the rollout.
    /// </summary>
    public static List<ScaleStep> Scale(Deployment d, ReplicaSet? newRs, IReadOnlyList<ReplicaSet> oldRss)
    {
        var replicas = Replicas(d);
        if (FindActiveOrLatest(newRs, oldRss) is { } only)
            return Replicas(only) == replicas ? [] : [new ScaleStep(only, replicas)];

        // Upstream sorts the old ReplicaSets newest first in FindActiveOrLatest and keeps that order.
        var oldNewestFirst = oldRss.Order(ByCreation).Reverse().ToList();
        if (IsSaturated(d, newRs))
            return [.. Active(oldNewestFirst).Select(rs => new ScaleStep(rs, 0))];

        if (!Fenceposts.IsRollingUpdate(d))
            return [];

        var active = Active([.. oldNewestFirst, newRs]);
        var allowed = replicas > 0 ? replicas + Fenceposts.MaxSurge(d) : 0;
        var toAdd = allowed - SpecReplicas(active);
        if (toAdd > 0)
            active.Sort(BySizeNewer);
        else if (toAdd < 0)
            active.Sort(BySizeOlder);

        var sizes = new int[active.Count];
        var added = 0;
        for (var i = 0; i < active.Count; i++)
        {
            var proportion = toAdd != 0 ? Proportion(active[i], d, toAdd, added) : 0;
            sizes[i] = Replicas(active[i]) + proportion;
            added += proportion;
        }

        if (toAdd != 0 && active.Count > 0)
            sizes[0] = Math.Max(0, sizes[0] + toAdd - added);
        return [.. active.Select((rs, i) => new ScaleStep(rs, sizes[i]))];
    }

    /// <summary>
    /// This ReplicaSet's share of <paramref name="toAdd"/> (negative when scaling down), bounded so
    /// that the shares handed out never pass <paramref name="toAdd"/> (upstream's GetProportion).
    /// </summary>
    public static int Proportion(ReplicaSet rs, Deployment d, int toAdd, int added)
    {
        if (Replicas(rs) == 0 || toAdd == 0 || toAdd == added)
            return 0;
        var fraction = Fraction(rs, d);
        var allowed = toAdd - added;
        return toAdd > 0 ? Math.Min(fraction, allowed) : Math.Max(fraction, allowed);
    }

    /// <summary>
    /// How many replicas this ReplicaSet gains (or loses) when it is resized from the
    /// max-replicas it was last sized for to the Deployment's current spec.replicas + maxSurge;
    /// all of them when scaling to zero.
    /// </summary>
    private static int Fraction(ReplicaSet rs, Deployment d)
    {
        var replicas = Replicas(rs);
        if (Replicas(d) == 0)
            return -replicas;
        var deploymentMax = Replicas(d) + Fenceposts.MaxSurge(d);
        // Without the annotation the current total stands in: not exact when the ReplicaSets
        // were sized for different totals, but the bounds in Proportion keep the result in limits.
        if (!Revisions.TryGetIntAnnotation(rs, DeploymentAnnotations.MaxReplicas, out var annotated))
            annotated = d.Status.Replicas ?? 0;
        if (annotated == 0)
            return 0;
        var size = Math.Round((double)replicas * deploymentMax / annotated, MidpointRounding.AwayFromZero);
        return (int)Math.Clamp(size - replicas, int.MinValue, int.MaxValue);
    }

    /// <summary>
    /// How many old replicas may go now: all pods minus the minimum available minus the new
    /// ReplicaSet's pods that are not available yet (so that they do not let old ones go early).
    /// </summary>
    public static int MaxScaledDown(Deployment d, IEnumerable<ReplicaSet?> allRss, ReplicaSet newRs)
    {
        var minAvailable = Replicas(d) - Fenceposts.MaxUnavailable(d);
        var newUnavailable = Replicas(newRs) - (newRs.Status.AvailableReplicas ?? 0);
        return SpecReplicas(allRss) - minAvailable - newUnavailable;
    }

    /// <summary>
    /// Scales old ReplicaSets down by their unavailable replicas, oldest first, at most
    /// <paramref name="maxCleanup"/> in all: removing pods that are not available costs no
    /// availability (upstream's cleanupUnhealthyReplicas; the ReplicaSet deletes not-ready pods first).
    /// </summary>
    public static List<ScaleStep> CleanupUnhealthy(IEnumerable<ReplicaSet> oldRss, int maxCleanup)
    {
        var steps = new List<ScaleStep>();
        var total = 0;
        foreach (var rs in oldRss.Order(ByCreation))
        {
            if (total >= maxCleanup)
                break;
            var replicas = Replicas(rs);
            var available = rs.Status.AvailableReplicas ?? 0;
            if (replicas == 0 || replicas == available)
                continue;
            var count = Math.Min(maxCleanup - total, replicas - available);
            if (count < 0)
                throw new InvalidOperationException(
                    $"when cleaning up unhealthy replicas, got invalid request to scale down {rs.Metadata.Namespace}/{rs.Metadata.Name} {replicas} -> {replicas - count}");
            steps.Add(new ScaleStep(rs, replicas - count));
            total += count;
        }

        return steps;
    }

    /// <summary>
    /// Scales old ReplicaSets down, oldest first, by as many replicas as are available beyond
    /// spec.replicas - <paramref name="maxUnavailable"/> (upstream's scaleDownOldReplicaSetsForRollingUpdate).
    /// </summary>
    public static List<ScaleStep> ScaleDownOld(Deployment d, IEnumerable<ReplicaSet?> allRss,
        IEnumerable<ReplicaSet> oldRss, int maxUnavailable)
    {
        var minAvailable = Replicas(d) - maxUnavailable;
        var available = AvailableReplicas(allRss);
        var steps = new List<ScaleStep>();
        if (available <= minAvailable)
            return steps;
        var toScaleDown = available - minAvailable;
        var total = 0;
        foreach (var rs in oldRss.Order(ByCreation))
        {
            if (total >= toScaleDown)
                break;
            if (Replicas(rs) == 0)
                continue;
            var count = Math.Min(Replicas(rs), toScaleDown - total);
            steps.Add(new ScaleStep(rs, Replicas(rs) - count));
            total += count;
        }

        return steps;
    }
}
