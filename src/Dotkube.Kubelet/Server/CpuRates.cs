using System.Collections.Concurrent;

namespace Dotkube.Kubelet.Server;

/// <summary>
/// usageNanoCores from two samples of cumulative cpu time, as upstream's CRI stats provider
/// keeps the previous sample per container: a key's first sample has no rate yet, and a sample
/// no newer than the last one gives the last rate again. Keys not sampled in a round are dropped
/// (<see cref="Retain"/>), so containers that went away do not pile up.
/// </summary>
internal sealed class CpuRates
{
    private readonly ConcurrentDictionary<string, Sample> _last = new(StringComparer.Ordinal);

    /// <param name="key">What was sampled (a container id, or the node).</param>
    /// <param name="timestamp">The sample's time in ns.</param>
    /// <param name="usageCoreNanoSeconds">Cumulative cpu time in ns.</param>
    public ulong? Rate(string key, long timestamp, ulong usageCoreNanoSeconds)
    {
        var known = _last.TryGetValue(key, out var previous);
        if (known && timestamp <= previous.Timestamp)
            return previous.Rate;
        ulong? rate = known && usageCoreNanoSeconds >= previous.Usage
            ? (ulong)((usageCoreNanoSeconds - previous.Usage) * 1e9 / (timestamp - previous.Timestamp))
            : null;
        _last[key] = new Sample(timestamp, usageCoreNanoSeconds, rate);
        return rate;
    }

    /// <summary>Forgets every key not in <paramref name="seen"/>.</summary>
    public void Retain(IReadOnlySet<string> seen)
    {
        foreach (var key in _last.Keys.Where(k => !seen.Contains(k)))
            _last.TryRemove(key, out _);
    }

    private readonly record struct Sample(long Timestamp, ulong Usage, ulong? Rate);
}
