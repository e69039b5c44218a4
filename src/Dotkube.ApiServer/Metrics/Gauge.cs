namespace Dotkube.ApiServer.Metrics;

/// <summary>A value that goes up and down; every update is one lock-free compare-and-swap.</summary>
public sealed class Gauge
{
    private AtomicDouble _value;

    internal Gauge()
    {
    }

    public double Value => _value.Value;

    public void Set(double value) => _value.Set(value);

    public void Inc() => _value.Add(1);

    public void Dec() => _value.Add(-1);

    public void Add(double delta) => _value.Add(delta);

    /// <summary>Increments now and decrements when disposed: for in-flight and long-running requests.</summary>
    public IDisposable Track()
    {
        Inc();
        return new Decrement(this);
    }

    private sealed class Decrement(Gauge gauge) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gauge.Dec();
            }
        }
    }
}
