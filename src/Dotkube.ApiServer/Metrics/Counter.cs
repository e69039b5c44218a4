namespace Dotkube.ApiServer.Metrics;

/// <summary>
/// A monotonic counter. Whole increments go to a 64-bit integer with one interlocked add and
/// fractional ones to a separate double, as client_golang does, so the common Inc() never
/// retries a compare-and-swap under contention.
/// </summary>
public sealed class Counter
{
    private long _whole;
    private AtomicDouble _fraction;

    internal Counter()
    {
    }

    public double Value => Volatile.Read(ref _whole) + _fraction.Value;

    public void Inc() => Interlocked.Increment(ref _whole);

    /// <summary>Throws for a negative delta: a counter that goes down breaks rate().</summary>
    public void Add(double delta)
    {
        if (delta < 0 || double.IsNaN(delta))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "counters only go up");
        }

        if (delta == Math.Floor(delta) && delta <= long.MaxValue / 2)
        {
            Interlocked.Add(ref _whole, (long)delta);
        }
        else
        {
            _fraction.Add(delta);
        }
    }
}
