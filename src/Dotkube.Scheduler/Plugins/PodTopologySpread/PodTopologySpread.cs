using System.Text.Json.Nodes;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.PodTopologySpread;

/// <summary>
/// Topology spread constraints (upstream plugin PodTopologySpread): Filter enforces the pod's
/// DoNotSchedule constraints (maxSkew over the eligible domains, minDomains, node inclusion
/// policies); Score prefers the domains with fewer matching pods for ScheduleAnyway constraints,
/// and for pods without constraints the default ones (upstream's system defaults unless the
/// args list others).
/// </summary>
public sealed partial class PodTopologySpread : IPreFilterPlugin, IFilterPlugin, IPreScorePlugin, IScorePlugin, IEnqueueExtensions
{
    public const string PluginName = "PodTopologySpread";

    public const string ErrReasonConstraintsNotMatch = "node(s) didn't match pod topology spread constraints";

    public const string ErrReasonNodeLabelNotMatch = ErrReasonConstraintsNotMatch + " (missing required label)";

    private readonly IFrameworkHandle _handle;
    private readonly DefaultSelector? _defaultSelector;

    public PodTopologySpread(JsonObject? args, IFrameworkHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        Args = PodTopologySpreadArgs.From(args);
        _handle = handle;
        if (Args.EffectiveDefaults.Count > 0)
        {
            _defaultSelector = new DefaultSelector(handle.Informers.For<Service>().Lister, handle.Informers.For<ReplicationController>().Lister,
                handle.Informers.For<ReplicaSet>().Lister, handle.Informers.For<StatefulSet>().Lister);
        }
    }

    public string Name => PluginName;

    public PodTopologySpreadArgs Args { get; }

    /// <summary>Whether the system default constraints apply (they let nodes without a zone label still spread by hostname).</summary>
    private bool SystemDefaulted => Args.DefaultingType == PodTopologySpreadArgs.SystemDefaulting;

    /// <summary>As upstream: pod changes move counts; node additions, deletions, label and taint changes move domains.</summary>
    public IReadOnlyList<ClusterEvent> EventsToRegister() =>
    [
        new("Pod", ClusterEventAction.All),
        new("Node", ClusterEventAction.Add | ClusterEventAction.Delete | ClusterEventAction.UpdateNodeLabel | ClusterEventAction.UpdateNodeTaint),
    ];

    /// <summary>
    /// The pod's constraints with <paramref name="action"/>, or when it has none the default
    /// constraints with that action over the pod's default selector (none if that is empty).
    /// </summary>
    private bool TryGetConstraints(Pod pod, string action, out List<SpreadConstraint> constraints, out string? error)
    {
        constraints = [];
        error = null;
        var own = pod.Spec.TopologySpreadConstraints is { Count: > 0 };
        var source = own ? pod.Spec.TopologySpreadConstraints! : Args.EffectiveDefaults;
        foreach (var c in source.Where(c => c.WhenUnsatisfiable == action))
        {
            if (!SpreadConstraint.TryCreate(c, pod, out var parsed, out error))
                return false;
            constraints.Add(parsed!);
        }

        if (own || constraints.Count == 0)
            return true;
        var selector = _defaultSelector!.For(pod);
        constraints = selector.IsEmpty ? [] : [.. constraints.Select(c => c with { Selector = selector })];
        return true;
    }

    private static bool HasAllTopologyKeys(Node node, List<SpreadConstraint> constraints) =>
        constraints.All(c => node.Metadata.Labels?.ContainsKey(c.TopologyKey) == true);
}
