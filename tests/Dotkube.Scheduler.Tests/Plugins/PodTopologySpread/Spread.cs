using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Scheduler.Tests.Plugins.AffinitySupport;

namespace Dotkube.Scheduler.Tests.Plugins.PodTopologySpread;

/// <summary>Builders for spread constraints and the pods that carry them.</summary>
internal static class Spread
{
    public static TopologySpreadConstraint Hard(int maxSkew, string topologyKey, LabelSelector? selector, Action<TopologySpreadConstraint>? change = null) =>
        Constraint(maxSkew, topologyKey, selector, UnsatisfiableConstraintAction.DoNotSchedule, change);

    public static TopologySpreadConstraint Soft(int maxSkew, string topologyKey, LabelSelector? selector, Action<TopologySpreadConstraint>? change = null) =>
        Constraint(maxSkew, topologyKey, selector, UnsatisfiableConstraintAction.ScheduleAnyway, change);

    public static Pod Spreading(this Pod pod, params TopologySpreadConstraint[] constraints) =>
        pod.With(s => s.TopologySpreadConstraints = [.. constraints]);

    /// <summary><paramref name="count"/> pods labelled app=web in "default".</summary>
    public static Pod[] Web(int count, string ns = "default") =>
        [.. Enumerable.Range(0, count).Select(i => Build.Pod($"web-{Guid.NewGuid():N}", ns, "app=web"))];

    private static TopologySpreadConstraint Constraint(int maxSkew, string topologyKey, LabelSelector? selector, string action, Action<TopologySpreadConstraint>? change)
    {
        var c = new TopologySpreadConstraint { MaxSkew = maxSkew, TopologyKey = topologyKey, LabelSelector = selector, WhenUnsatisfiable = action };
        change?.Invoke(c);
        return c;
    }
}
