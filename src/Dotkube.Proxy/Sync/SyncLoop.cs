using System.Threading.Channels;

namespace Dotkube.Proxy.Sync;

/// <summary>
/// Runs a sync when asked, at most once per <c>minInterval</c> (requests in between are coalesced
/// into one), and at least once per <c>maxInterval</c>, as upstream's BoundedFrequencyRunner.
/// A failed sync is retried after <c>retryInterval</c>.
/// </summary>
public sealed class SyncLoop(Func<CancellationToken, Task> sync, TimeSpan minInterval, TimeSpan maxInterval, TimeSpan retryInterval, TimeProvider time)
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a sync; never blocks.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    /// <summary>Called with each failure; the loop carries on.</summary>
    public Action<Exception>? OnError { get; init; }

    public async Task RunAsync(CancellationToken ct)
    {
        var lastRun = DateTimeOffset.MinValue;
        var next = time.GetUtcNow();
        while (!ct.IsCancellationRequested)
        {
            var wait = next - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var delay = Task.Delay(wait, time, timeout.Token);
                var requested = _requests.Reader.WaitToReadAsync(timeout.Token).AsTask();
                await Task.WhenAny(delay, requested);
                await timeout.CancelAsync();
                ct.ThrowIfCancellationRequested();
            }

            var sinceLast = time.GetUtcNow() - lastRun;
            if (sinceLast < minInterval)
                await Task.Delay(minInterval - sinceLast, time, ct);
            _requests.Reader.TryRead(out _);
            lastRun = time.GetUtcNow();
            try
            {
                await sync(ct);
                next = lastRun + maxInterval;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                OnError?.Invoke(e);
                next = lastRun + retryInterval;
            }
        }
    }
}
