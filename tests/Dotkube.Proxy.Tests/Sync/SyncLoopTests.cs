using System.Threading.Channels;
using Dotkube.Proxy.Sync;
using Dotkube.Testing;

namespace Dotkube.Proxy.Tests.Sync;

public sealed class SyncLoopTests : IAsyncDisposable
{
    private readonly ManualTime _time = new();
    private readonly Channel<DateTimeOffset> _syncs = Channel.CreateUnbounded<DateTimeOffset>();
    private readonly CancellationTokenSource _stop = new();
    private readonly SyncLoop _loop;
    private Task? _running;
    private volatile bool _fail;

    public SyncLoopTests()
    {
        _loop = new SyncLoop(_ =>
        {
            _syncs.Writer.TryWrite(_time.GetUtcNow());
            return _fail ? Task.FromException(new InvalidOperationException("restore failed")) : Task.CompletedTask;
        }, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1), TimeSpan.FromSeconds(5), _time);
    }

    // Each test starts the loop itself, after arranging how its first sync ends: the loop syncs at once.
    private void Start() => _running = Task.Run(() => _loop.RunAsync(_stop.Token));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
            await _running.ContinueWith(_ => { });
        _stop.Dispose();
    }

    /// <summary>Waits (in real time, bounded) until the loop has armed a timer due in <paramref name="due"/>.</summary>
    private async Task WaitForTimerAsync(TimeSpan due)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(10); _time.NextDue != due;)
        {
            Assert.True(DateTime.UtcNow < deadline, $"no timer due in {due}; next due {_time.NextDue}");
            await Task.Yield();
        }
    }

    private async Task<DateTimeOffset> NextSyncAsync() => await _syncs.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    [Fact]
    public async Task A_burst_of_requests_within_the_minimum_period_runs_one_sync_after_it()
    {
        Start();
        var first = await NextSyncAsync();
        _loop.Request();
        _loop.Request();
        _loop.Request();

        await WaitForTimerAsync(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(first + TimeSpan.FromSeconds(1), await NextSyncAsync());
        await WaitForTimerAsync(TimeSpan.FromHours(1));
        Assert.False(_syncs.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Without_requests_a_sync_runs_once_per_sync_period()
    {
        Start();
        var first = await NextSyncAsync();

        await WaitForTimerAsync(TimeSpan.FromHours(1));
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(first + TimeSpan.FromHours(1), await NextSyncAsync());
    }

    [Fact]
    public async Task A_failed_sync_is_retried_after_the_retry_interval()
    {
        _fail = true;
        Start();
        var first = await NextSyncAsync();
        _fail = false;

        await WaitForTimerAsync(TimeSpan.FromSeconds(5));
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(first + TimeSpan.FromSeconds(5), await NextSyncAsync());
    }
}
