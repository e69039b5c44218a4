using System.Diagnostics;

namespace Dotkube.Bench.Api;

/// <summary>Stopwatch-tick samples of one measurement, with nearest-rank percentiles in milliseconds.</summary>
public sealed class Latencies
{
    private readonly List<long> _ticks = [];
    private bool _sorted = true;

    public int Count => _ticks.Count;

    public void Add(long ticks)
    {
        _ticks.Add(ticks);
        _sorted = false;
    }

    public void AddRange(Latencies other)
    {
        _ticks.AddRange(other._ticks);
        _sorted = false;
    }

    public double Percentile(double percentile)
    {
        if (_ticks.Count == 0)
        {
            return double.NaN;
        }

        if (!_sorted)
        {
            _ticks.Sort();
            _sorted = true;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * _ticks.Count) - 1;
        return Ms(_ticks[Math.Clamp(rank, 0, _ticks.Count - 1)]);
    }

    public double Max => _ticks.Count == 0 ? double.NaN : Ms(_ticks.Max());

    public static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
