namespace Dotkube.Scheduler.Plugins.NodeResourcesFit;

/// <summary>How NodeResourcesFit ranks nodes (upstream ScoringStrategyType); RequestedToCapacityRatio is not supported yet.</summary>
public enum ScoringStrategy
{
    /// <summary>Prefers emptier nodes, spreading pods (the default).</summary>
    LeastAllocated,

    /// <summary>Prefers fuller nodes, bin-packing pods.</summary>
    MostAllocated,
}
