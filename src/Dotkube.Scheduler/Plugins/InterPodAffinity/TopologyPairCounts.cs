using Dotkube.Api.Core.V1;

namespace Dotkube.Scheduler.Plugins.InterPodAffinity;

/// <summary>A count per (topology key, value) pair (upstream topologyToMatchedTermCount); pairs that drop to 0 are removed.</summary>
internal sealed class TopologyPairCounts
{
    private readonly Dictionary<(string Key, string Value), long> _counts = [];

    /// <summary>Pairs with a non-zero count.</summary>
    public int Count => _counts.Count;

    public TopologyPairCounts Clone()
    {
        var copy = new TopologyPairCounts();
        foreach (var (pair, count) in _counts)
            copy._counts[pair] = count;
        return copy;
    }

    public long Get(string key, string value) => _counts.GetValueOrDefault((key, value));

    /// <summary>Adds <paramref name="delta"/> to the pair of <paramref name="node"/>'s value for <paramref name="topologyKey"/>; nothing when the node lacks the key.</summary>
    public void Add(Node node, string topologyKey, long delta)
    {
        if (node.Metadata.Labels?.TryGetValue(topologyKey, out var value) != true)
            return;
        var pair = (topologyKey, value!);
        var total = _counts.GetValueOrDefault(pair) + delta;
        if (total == 0)
            _counts.Remove(pair);
        else
            _counts[pair] = total;
    }
}
