using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Cache;

/// <summary>
/// The nodes as one scheduling cycle sees them (upstream internalcache.Snapshot): copies of the
/// cache's NodeInfos, refreshed by <see cref="SchedulerCache.UpdateSnapshot"/> only where their
/// generation moved. Read-only for plugins; only the scheduling loop updates it, between cycles.
/// </summary>
public sealed class Snapshot : ISnapshot
{
    internal Dictionary<string, NodeInfo> Map { get; } = new(StringComparer.Ordinal);

    /// <summary>The highest cache generation copied so far.</summary>
    internal long Generation { get; set; }

    public IReadOnlyList<NodeInfo> Nodes { get; internal set; } = [];

    public IReadOnlyList<NodeInfo> NodesWithAffinityPods { get; internal set; } = [];

    public IReadOnlyList<NodeInfo> NodesWithRequiredAntiAffinityPods { get; internal set; } = [];

    public NodeInfo? Get(string nodeName) => Map.GetValueOrDefault(nodeName);
}
