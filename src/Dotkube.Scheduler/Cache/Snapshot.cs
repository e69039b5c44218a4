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

    // Where each node sits in Nodes, so a changed node is swapped in without re-sorting.
    private Dictionary<string, int> _position = new(StringComparer.Ordinal);

    // Image -> number of nodes holding it, kept in step with Nodes so scoring need not scan every node.
    private readonly Dictionary<string, int> _imageNodes = new(StringComparer.Ordinal);

    public int NodesWithImage(string image) => _imageNodes.GetValueOrDefault(image);

    /// <summary>Rebuilds the lists from <see cref="Map"/> after nodes came or went.</summary>
    internal void Rebuild()
    {
        // Name order keeps the node list stable between cycles, which the rotating start index relies on.
        var nodes = Map.Values.OrderBy(n => n.Name, StringComparer.Ordinal).ToList();
        _position = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
            _position[nodes[i].Name] = i;
        Nodes = nodes;
        RebuildAffinityLists(nodes);
        _imageNodes.Clear();
        foreach (var node in nodes)
            CountImages(node.ImageSizes, 1);
    }

    /// <summary>
    /// Swaps in fresh copies of nodes already known. The lists are copied, not edited, so a list
    /// handed out earlier never changes under its reader.
    /// </summary>
    internal void Replace(List<NodeInfo> changed)
    {
        if (changed.Any(n => !_position.ContainsKey(n.Name)))
        {
            foreach (var info in changed)
                Map[info.Name] = info;
            Rebuild();
            return;
        }

        var nodes = new List<NodeInfo>(Nodes);
        var affinityChanged = false;
        foreach (var info in changed)
        {
            var old = nodes[_position[info.Name]];
            affinityChanged |= old.PodsWithAffinity.Count > 0 || info.PodsWithAffinity.Count > 0;
            if (!ReferenceEquals(old.ImageSizes, info.ImageSizes))
            {
                CountImages(old.ImageSizes, -1);
                CountImages(info.ImageSizes, 1);
            }

            nodes[_position[info.Name]] = info;
            Map[info.Name] = info;
        }

        Nodes = nodes;
        if (affinityChanged)
            RebuildAffinityLists(nodes);
    }

    private void CountImages(IReadOnlyDictionary<string, long> images, int delta)
    {
        foreach (var image in images.Keys)
        {
            var count = _imageNodes.GetValueOrDefault(image) + delta;
            if (count > 0)
                _imageNodes[image] = count;
            else
                _imageNodes.Remove(image);
        }
    }

    private void RebuildAffinityLists(List<NodeInfo> nodes)
    {
        NodesWithAffinityPods = [.. nodes.Where(n => n.PodsWithAffinity.Count > 0)];
        NodesWithRequiredAntiAffinityPods = [.. nodes.Where(n => n.PodsWithRequiredAntiAffinity.Count > 0)];
    }
}
