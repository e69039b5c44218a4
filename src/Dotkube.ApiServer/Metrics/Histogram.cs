namespace Dotkube.ApiServer.Metrics;

/// <summary>
/// Observations counted into fixed buckets (upper bounds inclusive, as Prometheus's "le"), plus
/// an implicit +Inf bucket. An observation is one binary search, one interlocked increment and
/// one compare-and-swap on the sum. A scrape reads the buckets without stopping writers, so it
/// may miss an in-flight observation; _count is computed from the buckets it read, so the
/// rendered series always agree with each other.
/// </summary>
public sealed class Histogram
{
    private readonly double[] _upperBounds;
    private readonly long[] _counts;
    private AtomicDouble _sum;

    internal Histogram(double[] upperBounds)
    {
        _upperBounds = upperBounds;
        _counts = new long[upperBounds.Length + 1];
    }

    public double Sum => _sum.Value;

    public long Count
    {
        get
        {
            long total = 0;
            foreach (ref readonly var count in _counts.AsSpan())
            {
                total += Volatile.Read(in count);
            }

            return total;
        }
    }

    public void Observe(double value)
    {
        // An exact hit belongs to that bucket; otherwise the complement is the first larger bound
        // (or the +Inf bucket past the end). NaN goes to +Inf, as Go's sort.SearchFloat64s puts it.
        var index = double.IsNaN(value) ? _upperBounds.Length : Array.BinarySearch(_upperBounds, value);
        Interlocked.Increment(ref _counts[index >= 0 ? index : ~index]);
        _sum.Add(value);
    }

    public void Observe(TimeSpan elapsed) => Observe(elapsed.TotalSeconds);

    /// <summary>Cumulative counts per bound, the last being +Inf (the total).</summary>
    internal long[] CumulativeCounts()
    {
        var cumulative = new long[_counts.Length];
        long running = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            running += Volatile.Read(ref _counts[i]);
            cumulative[i] = running;
        }

        return cumulative;
    }
}
