using Dotkube.Api.Apps.V1;
using Dotkube.Api.Values;

namespace Dotkube.Controllers.Deployments;

/// <summary>How far a rolling update may go above and below spec.replicas (upstream's ResolveFenceposts, MaxSurge, MaxUnavailable).</summary>
internal static class Fenceposts
{
    /// <summary>
    /// maxSurge rounds a percentage up and maxUnavailable rounds it down, both of
    /// <paramref name="desired"/>; an unset value is 0. When both come to 0 (validation forbids
    /// that literally, rounding can produce it) maxUnavailable becomes 1, on the theory that
    /// surging might be blocked by quota. Throws <see cref="FormatException"/> for a bad value.
    /// </summary>
    public static (int MaxSurge, int MaxUnavailable) Resolve(IntOrString? maxSurge, IntOrString? maxUnavailable, int desired)
    {
        var surge = IntOrStringScaling.GetScaledValueFromIntOrPercent(maxSurge ?? IntOrString.FromInt(0), desired, roundUp: true);
        var unavailable = IntOrStringScaling.GetScaledValueFromIntOrPercent(maxUnavailable ?? IntOrString.FromInt(0), desired, roundUp: false);
        return surge == 0 && unavailable == 0 ? (0, 1) : (surge, unavailable);
    }

    public static bool IsRollingUpdate(Deployment d) => d.Spec.Strategy.Type == DeploymentStrategyType.RollingUpdate;

    /// <summary>Pods a rolling update may run above spec.replicas; 0 for Recreate.</summary>
    public static int MaxSurge(Deployment d) =>
        IsRollingUpdate(d) ? Resolve(d.Spec.Strategy.RollingUpdate?.MaxSurge, d.Spec.Strategy.RollingUpdate?.MaxUnavailable, ReplicaSetLists.Replicas(d)).MaxSurge : 0;

    /// <summary>Pods a rolling update may have unavailable, at most spec.replicas; 0 for Recreate or no replicas.</summary>
    public static int MaxUnavailable(Deployment d)
    {
        var replicas = ReplicaSetLists.Replicas(d);
        if (!IsRollingUpdate(d) || replicas == 0)
            return 0;
        var (_, unavailable) = Resolve(d.Spec.Strategy.RollingUpdate?.MaxSurge, d.Spec.Strategy.RollingUpdate?.MaxUnavailable, replicas);
        return Math.Min(unavailable, replicas);
    }
}
