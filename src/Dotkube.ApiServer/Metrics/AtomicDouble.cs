namespace Dotkube.ApiServer.Metrics;

/// <summary>A double updated with compare-and-swap on its bits: lock-free, as client_golang stores float values.</summary>
internal struct AtomicDouble
{
    private long _bits;

    public readonly double Value => BitConverter.Int64BitsToDouble(Volatile.Read(in _bits));

    public void Set(double value) => Interlocked.Exchange(ref _bits, BitConverter.DoubleToInt64Bits(value));

    public void Add(double delta)
    {
        var current = Volatile.Read(ref _bits);
        while (true)
        {
            var next = BitConverter.DoubleToInt64Bits(BitConverter.Int64BitsToDouble(current) + delta);
            var seen = Interlocked.CompareExchange(ref _bits, next, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
