using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;
using Dotkube.ApiServer.Registry;
using Dotkube.Storage;

namespace Dotkube.ApiServer.Watch;

/// <summary>
/// Upstream's cacher for one resource: a single storage watch feeds an in-memory copy of the
/// current objects and a window of recent events, each serialized once, so N watchers cost one
/// decode and one serialization per change instead of N storage watches.
/// <para>
/// A watch from revision R is served from the window when every event after R is still in it;
/// from an initial snapshot when R is 0; otherwise the caller falls back to a storage watch.
/// That last case differs from upstream, whose cacher answers 410 "too old resource version" for
/// anything older than its window: dotkube serves it from the store's history while that lasts
/// (5 minutes or 10,000 revisions) and answers 410 only once it is compacted, so clients relist less.
/// </para>
/// </summary>
public sealed class WatchCache : IAsyncDisposable
{
    /// <summary>Events kept for resuming watchers; older resumes go to storage directly.</summary>
    public const int WindowSize = 1024;

    private readonly Lock _lock = new();
    private readonly ResourceInfo _resource;
    private readonly IKeyValueStore _store;
    private readonly string _prefix;
    private readonly Dictionary<string, CacheEvent> _objects = new(StringComparer.Ordinal);
    private readonly CacheEvent[] _window = new CacheEvent[WindowSize];
    private readonly List<WatchSubscription> _subscriptions = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _windowCount;
    private int _windowNext;
    private long _windowStart;
    private long _revision;
    private long _startRevision;
    private Task? _loop;

    /// <param name="startRevision">Where the first fill reads (0: the current revision); any refill reads the current one.</param>
    public WatchCache(ResourceInfo resource, IKeyValueStore store, long startRevision = 0)
    {
        _resource = resource;
        _store = store;
        _prefix = ResourceKeys.ResourcePrefix(resource);
        _startRevision = startRevision;
    }

    /// <summary>The revision the cache has caught up to.</summary>
    public long Revision
    {
        get
        {
            lock (_lock)
            {
                return _revision;
            }
        }
    }

    public Task ReadyAsync(CancellationToken ct) => _ready.Task.WaitAsync(ct);

    /// <summary>The cached current object at a storage key, if the cache has seen it.</summary>
    public Api.Meta.KubeObject? TryGet(string key)
    {
        lock (_lock)
        {
            return _objects.TryGetValue(key, out var e) ? e.Object : null;
        }
    }

    /// <summary>The cached current objects under a key prefix (shared: callers must not change them).</summary>
    public List<Api.Meta.KubeObject> List(string keyPrefix)
    {
        lock (_lock)
        {
            return [.. _objects.Values.Where(o => o.Key.StartsWith(keyPrefix, StringComparison.Ordinal)).Select(o => o.Object)];
        }
    }

    public void Start() => _loop ??= Task.Run(RunAsync);

    /// <summary>
    /// Subscribes keys under <paramref name="keyPrefix"/>. With <paramref name="fromRevision"/> null
    /// the subscription starts with synthetic ADDED events for the current objects; otherwise with
    /// the window's events after it. Null when the window no longer reaches back that far.
    /// </summary>
    public WatchSubscription? Subscribe(string keyPrefix, long? fromRevision)
    {
        if (fromRevision is null)
        {
            WatchSubscription subscription;
            List<CacheEvent> current;
            lock (_lock)
            {
                // Only the copy happens under the lock event delivery needs; sorting waits.
                current = _objects.Values.Where(o => o.Key.StartsWith(keyPrefix, StringComparison.Ordinal)).ToList();
                subscription = new WatchSubscription(keyPrefix, _revision, Unsubscribe);
                _subscriptions.Add(subscription);
            }

            current.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            subscription.Initial = current.ConvertAll(o => o with { Type = CacheEvent.Added });
            return subscription;
        }

        lock (_lock)
        {

            if (fromRevision < _windowStart)
            {
                return null;
            }

            var replay = new List<CacheEvent>();
            for (var i = 0; i < _windowCount; i++)
            {
                var e = _window[(_windowNext - _windowCount + i + WindowSize) % WindowSize];
                if (e.Revision > fromRevision && e.Key.StartsWith(keyPrefix, StringComparison.Ordinal))
                {
                    replay.Add(e);
                }
            }

            var resumed = new WatchSubscription(keyPrefix, Math.Max(fromRevision.Value, _revision), Unsubscribe) { Initial = replay };
            _subscriptions.Add(resumed);
            return resumed;
        }
    }

    private void Unsubscribe(WatchSubscription subscription)
    {
        lock (_lock)
        {
            _subscriptions.Remove(subscription);
        }
    }

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var page = await _store.RangeAsync(_prefix, StartRevision(), 0, null, _stop.Token);
                Reset(page);
                _ready.TrySetResult();
                await foreach (var change in _store.WatchAsync(_prefix, page.Revision, _stop.Token))
                {
                    Apply(change);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is StorageException or IOException or InvalidOperationException)
            {
                // The storage watch broke (compacted behind us, connection lost): start over with
                // a fresh list; current watchers end and re-watch, as with upstream's cacher.
                await Task.Delay(TimeSpan.FromMilliseconds(200), _stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>The start revision once, if the store still holds it; 0 (current) otherwise and afterwards.</summary>
    private long StartRevision()
    {
        var start = _startRevision;
        _startRevision = 0;
        return start > _store.CompactedRevision && start <= _store.CurrentRevision ? start : 0;
    }

    private void Reset(RangeResult page)
    {
        lock (_lock)
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Close();
            }

            _subscriptions.Clear();
            _objects.Clear();
            foreach (var kv in page.Items)
            {
                var obj = StoredObject.Decode(_resource, kv);
                _objects[kv.Key] = new CacheEvent(CacheEvent.Added, kv.ModRevision, kv.Key, obj, null, Serialize(obj));
            }

            _revision = page.Revision;
            _windowStart = page.Revision;
            _windowCount = 0;
        }
    }

    private void Apply(StorageEvent change)
    {
        CacheEvent? cached = null;
        if (change.Previous is not null)
        {
            lock (_lock)
            {
                _objects.TryGetValue(change.Current.Key, out cached);
            }
        }

        var e = CacheEvent.From(_resource, change, cached);
        lock (_lock)
        {
            if (e.Type == CacheEvent.Deleted)
            {
                _objects.Remove(e.Key);
            }
            else
            {
                // The current state needs no previous object (only the window's events are
                // filtered by it): keeping it would hold a second decoded copy of every object.
                _objects[e.Key] = e.PrevObject is null ? e : e with { PrevObject = null };
            }

            if (_windowCount == WindowSize)
            {
                _windowStart = _window[_windowNext].Revision;
            }
            else
            {
                _windowCount++;
            }

            _window[_windowNext] = e;
            _windowNext = (_windowNext + 1) % WindowSize;
            _revision = e.Revision;
            _subscriptions.RemoveAll(s => !s.Offer(e));
        }
    }

    private byte[] Serialize(KubeObject obj) => KubeJson.Serialize(obj, _resource.ClrType);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        lock (_lock)
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Close();
            }
        }

        _stop.Dispose();
    }
}
