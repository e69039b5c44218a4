namespace Dotkube.Client.Informers;

/// <summary>
/// client-go's reflector backoff manager (NewExponentialBackoffManager(800ms, 30s, 2m, 2.0, 1.0)):
/// each wait doubles up to the cap, jittered by up to 100%, and goes back to the start once no
/// failure happened for two minutes.
/// </summary>
internal sealed class ReflectorBackoff
{
    private static readonly TimeSpan ResetAfter = TimeSpan.FromMinutes(2);
    private readonly TimeSpan _initial;
    private readonly TimeSpan _max;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private TimeSpan _next;
    private long? _last;

    public ReflectorBackoff(TimeSpan initial, TimeSpan max, TimeProvider time, Random random)
    {
        _initial = _next = initial;
        _max = max;
        _time = time;
        _random = random;
    }

    public TimeSpan Next()
    {
        var now = _time.GetTimestamp();
        if (_last is { } last && _time.GetElapsedTime(last, now) > ResetAfter)
            _next = _initial;
        _last = now;
        var delay = _next;
        _next = TimeSpan.FromTicks(Math.Min(_next.Ticks * 2, _max.Ticks));
        return delay + delay * _random.NextDouble();
    }

    public Task WaitAsync(CancellationToken ct) => Task.Delay(Next(), _time, ct);
}
