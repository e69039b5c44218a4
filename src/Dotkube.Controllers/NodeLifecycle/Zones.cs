using Dotkube.Api.Core.V1;

namespace Dotkube.Controllers.NodeLifecycle;

/// <summary>The health of a zone, which sets how fast its unhealthy nodes are tainted (upstream's ZoneState).</summary>
public enum ZoneState
{
    Initial,
    Normal,
    PartialDisruption,
    FullDisruption,
}

/// <summary>Zones and their disruption rules, with upstream's kube-controller-manager defaults.</summary>
internal static class Zones
{
    public const string ZoneLabel = "topology.kubernetes.io/zone";
    public const string RegionLabel = "topology.kubernetes.io/region";
    private const string BetaZoneLabel = "failure-domain.beta.kubernetes.io/zone";
    private const string BetaRegionLabel = "failure-domain.beta.kubernetes.io/region";

    /// <summary>Nodes with this label never count towards their zone's health (upstream labelNodeDisruptionExclusion).</summary>
    public const string ExcludeDisruptionLabel = "node.kubernetes.io/exclude-disruption";

    // The three flags below are fixed at upstream's defaults: unlike kube-controller-manager,
    // dotkube does not expose them (ControllerManagerOptions has no setting for them).

    /// <summary>--unhealthy-zone-threshold: a zone with at least this share of unready nodes (and more than two) is partially disrupted.</summary>
    public const double UnhealthyZoneThreshold = 0.55;

    /// <summary>--large-cluster-size-threshold: smaller zones stop tainting altogether when partially disrupted.</summary>
    public const int LargeClusterThreshold = 50;

    /// <summary>--secondary-node-eviction-rate: the tainting rate of a large, partially disrupted zone.</summary>
    public const double SecondaryEvictionRate = 0.01;

    /// <summary>
    /// The zone key of a node (component-helpers' GetZoneKey): region and zone, from the GA labels
    /// or else the beta ones; "" when the node has neither, so unlabelled nodes share one zone.
    /// </summary>
    public static string KeyOf(Node node)
    {
        var labels = node.Metadata.Labels;
        if (labels is null)
            return "";
        var zone = labels.GetValueOrDefault(ZoneLabel) ?? labels.GetValueOrDefault(BetaZoneLabel) ?? "";
        var region = labels.GetValueOrDefault(RegionLabel) ?? labels.GetValueOrDefault(BetaRegionLabel) ?? "";
        return region.Length == 0 && zone.Length == 0 ? "" : region + ":\0:" + zone;
    }

    /// <summary>
    /// Upstream's ComputeZoneState over the zone's Ready conditions (null: never reported): no ready
    /// node is a full disruption; more than two unready nodes making up at least
    /// <see cref="UnhealthyZoneThreshold"/> of the zone a partial one.
    /// </summary>
    public static (int Unhealthy, ZoneState State) ComputeState(IReadOnlyCollection<NodeCondition?> readyConditions)
    {
        var ready = readyConditions.Count(c => c?.Status == ConditionStatus.True);
        var notReady = readyConditions.Count - ready;
        if (ready == 0 && notReady > 0)
            return (notReady, ZoneState.FullDisruption);
        if (notReady > 2 && (double)notReady / (notReady + ready) >= UnhealthyZoneThreshold)
            return (notReady, ZoneState.PartialDisruption);
        return (notReady, ZoneState.Normal);
    }

    /// <summary>The tainting rate for a zone of <paramref name="size"/> nodes in <paramref name="state"/> (upstream's setLimiterInZone).</summary>
    public static double RateFor(ZoneState state, int size, double evictionRate) => state switch
    {
        // ReducedQPSFunc: slow down in large zones, stop in small ones.
        ZoneState.PartialDisruption => size > LargeClusterThreshold ? SecondaryEvictionRate : 0,
        // HealthyQPSFunc: a fully disrupted zone taints at the normal rate, unless every zone is
        // fully disrupted, which the controller handles before asking.
        _ => evictionRate,
    };
}
