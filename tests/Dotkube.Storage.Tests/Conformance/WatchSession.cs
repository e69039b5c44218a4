using System.Text;

namespace Dotkube.Storage.Tests.Conformance;

/// <summary>
/// A watch pumped in the background from the moment it starts, so a test can start it, write,
/// and then wait (bounded) for what it should have seen. Disposing cancels the watch and fails
/// if the stream does not end promptly.
/// </summary>
public sealed class WatchSession : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(15);

    private readonly CancellationTokenSource _cancel = new();
    private readonly List<StorageEvent> _events = [];
    private readonly Lock _lock = new();
    private readonly Task _pump;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WatchSession(IKeyValueStore store, string prefix, long fromRevision)
    {
        Prefix = prefix;
        FromRevision = fromRevision;
        _pump = PumpAsync(store);
    }

    public string Prefix { get; }

    public long FromRevision { get; }

    /// <summary>The events received so far.</summary>
    public IReadOnlyList<StorageEvent> Events
    {
        get
        {
            lock (_lock)
            {
                return [.. _events];
            }
        }
    }

    public static WatchSession Start(IKeyValueStore store, string prefix, long fromRevision) =>
        new(store, prefix, fromRevision);

    /// <summary>Waits until <paramref name="done"/> holds for the events so far; fails if the watch ends or the wait times out.</summary>
    public async Task<IReadOnlyList<StorageEvent>> WaitUntilAsync(Func<IReadOnlyList<StorageEvent>, bool> done, TimeSpan? timeout = null)
    {
        var wait = timeout ?? DefaultWait;
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            IReadOnlyList<StorageEvent> seen;
            Task changed;
            lock (_lock)
            {
                seen = [.. _events];
                changed = _changed.Task;
            }

            if (done(seen))
            {
                return seen;
            }

            if (_pump.IsCompleted)
            {
                await _pump;
                Assert.Fail($"{Describe(seen)}: the stream ended before the expected events arrived");
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                Assert.Fail($"{Describe(seen)}: the expected events did not arrive within {wait}");
            }

            await Task.WhenAny(changed, Task.Delay(remaining));
        }
    }

    /// <summary>Waits until an event for <paramref name="key"/> arrives; returns everything received up to and including it.</summary>
    public async Task<IReadOnlyList<StorageEvent>> WaitForKeyAsync(string key, TimeSpan? timeout = null)
    {
        var seen = await WaitUntilAsync(events => events.Any(e => e.Current.Key == key), timeout);
        var index = seen.ToList().FindIndex(e => e.Current.Key == key);
        return [.. seen.Take(index + 1)];
    }

    /// <summary>Waits for the stream to fail and returns the storage error it failed with.</summary>
    public async Task<StorageException> WaitForFailureAsync(TimeSpan? timeout = null)
    {
        var wait = timeout ?? DefaultWait;
        var finished = await Task.WhenAny(_pump, Task.Delay(wait));
        Assert.True(finished == _pump, $"{Describe(Events)}: expected the watch to fail, but it is still running after {wait}");
        var exception = await Assert.ThrowsAsync<StorageException>(() => _pump);
        return exception;
    }

    public async ValueTask DisposeAsync()
    {
        await _cancel.CancelAsync();
        var finished = await Task.WhenAny(_pump, Task.Delay(TimeSpan.FromSeconds(10)));
        _cancel.Dispose();
        Assert.True(finished == _pump, $"{Describe(Events)}: the watch did not end within 10 s of being cancelled");
    }

    private async Task PumpAsync(IKeyValueStore store)
    {
        await Task.Yield();
        try
        {
            await foreach (var e in store.WatchAsync(Prefix, FromRevision, _cancel.Token).WithCancellation(_cancel.Token))
            {
                lock (_lock)
                {
                    _events.Add(e);
                    Signal();
                }
            }
        }
        catch (OperationCanceledException) when (_cancel.IsCancellationRequested)
        {
        }
        finally
        {
            lock (_lock)
            {
                Signal();
            }
        }
    }

    private void Signal()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    private string Describe(IReadOnlyList<StorageEvent> seen)
    {
        var text = new StringBuilder($"watch '{Prefix}' from {FromRevision}: {seen.Count} events");
        foreach (var e in seen.TakeLast(5))
        {
            text.Append($"; {e.Type} {e.Current.Key}@{e.Revision}");
        }

        return text.ToString();
    }
}
