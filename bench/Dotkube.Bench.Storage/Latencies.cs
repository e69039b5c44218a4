using System.Diagnostics;

namespace Dotkube.Bench.Storage;

/// <summary>Stopwatch-tick samples of one measurement, with the percentiles the report prints.</summary>
public sealed class Latencies
{
    private readonly List<long> _ticks = [];

    public int Count => _ticks.Count;

    public void Add(long ticks) => _ticks.Add(ticks);

    public void AddRange(Latencies other) => _ticks.AddRange(other._ticks);

    /// <summary>The <paramref name="percentile"/> (0-100) in milliseconds, nearest-rank.</summary>
    public double Percentile(double percentile)
    {
        if (_ticks.Count == 0)
        {
            return double.NaN;
        }

        _ticks.Sort();
        var rank = (int)Math.Ceiling(percentile / 100 * _ticks.Count) - 1;
        return _ticks[Math.Clamp(rank, 0, _ticks.Count - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}
