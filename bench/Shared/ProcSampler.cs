namespace Dotkube.Bench.Shared;

/// <summary>
/// Reads the server's and this process's <see cref="ProcStats"/> every second in the background,
/// so the progress lines and the result can show CPU use over a window and the largest RSS seen
/// (VmHWM covers peaks between samples; the samples show when they happened).
/// </summary>
public sealed class ProcSampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly int _serverPid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _maxServerRssKib;

    public ProcSampler(int serverPid)
    {
        _serverPid = serverPid;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>The largest server VmRSS among the samples, in MiB.</summary>
    public double MaxServerRssMib => Interlocked.Read(ref _maxServerRssKib) / 1024.0;

    /// <summary>The server and this process now.</summary>
    public (ProcStats Server, ProcStats Self) Now()
    {
        var server = ProcStats.Read(_serverPid) ?? throw new InvalidOperationException($"dotkube server (pid {_serverPid}) is gone");
        Observe(server);
        return (server, ProcStats.Self());
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                if (ProcStats.Read(_serverPid) is { } server)
                    Observe(server);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Observe(ProcStats server)
    {
        long seen;
        while (server.RssKib > (seen = Interlocked.Read(ref _maxServerRssKib)) &&
               Interlocked.CompareExchange(ref _maxServerRssKib, server.RssKib, seen) != seen)
        {
        }
    }
}
