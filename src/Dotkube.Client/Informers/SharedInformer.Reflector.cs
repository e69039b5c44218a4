using Dotkube.Api.Meta;
using Dotkube.Client.Rest;

namespace Dotkube.Client.Informers;

public sealed partial class SharedInformer<T>
{
    /// <summary>As client-go's reflector minWatchTimeout: watches last a random time in [5, 10) minutes.</summary>
    private static readonly TimeSpan MinWatchTimeout = TimeSpan.FromMinutes(5);

    /// <summary>A watch that ends sooner than this without an event is a failure, as client-go's "very short watch".</summary>
    private static readonly TimeSpan ShortWatch = TimeSpan.FromSeconds(1);

    private enum WatchEnd
    {
        /// <summary>The server ended the stream (timeoutSeconds): watch again from the last resourceVersion.</summary>
        Closed,

        /// <summary>The resourceVersion is gone from the server's history: list again.</summary>
        Expired,
    }

    /// <summary>client-go's Reflector.ListAndWatch inside its backoff loop.</summary>
    private async Task ReflectAsync(CancellationToken ct)
    {
        var backoff = new ReflectorBackoff(_options.InitialBackoff, _options.MaxBackoff, _time, _random);
        string? from = null;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (from is null)
            {
                try
                {
                    from = await ListAndReplaceAsync(ct).ConfigureAwait(false);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    LogListFailed(_logger, typeof(T).Name, e);
                    await backoff.WaitAsync(ct).ConfigureAwait(false);
                    continue;
                }
            }

            var started = _time.GetTimestamp();
            var events = 0;
            try
            {
                var end = await WatchAsync(from, () => events++, ct).ConfigureAwait(false);
                if (end == WatchEnd.Expired)
                {
                    // The server said exactly what to do, and nothing failed: relist at once.
                    LogWatchExpired(_logger, typeof(T).Name, from);
                    from = null;
                    continue;
                }

                from = _lastSyncResourceVersion ?? from;
                if (events == 0 && _time.GetElapsedTime(started) < ShortWatch)
                {
                    LogShortWatch(_logger, typeof(T).Name);
                    await backoff.WaitAsync(ct).ConfigureAwait(false);
                }
            }
            catch (ApiStatusException e) when (e.IsGone || e.IsExpired)
            {
                LogWatchExpired(_logger, typeof(T).Name, from);
                from = null;
            }
            catch (ApiStatusException e) when (!ct.IsCancellationRequested)
            {
                // Any other refusal (an ERROR event, 403, 500): relist after backoff, as client-go.
                LogWatchFailed(_logger, typeof(T).Name, e);
                from = null;
                await backoff.WaitAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or HttpRequestException or TimeoutException or OperationCanceledException
                && !ct.IsCancellationRequested)
            {
                // The connection dropped or timed out: what we have is still good, so watch again from where we were.
                LogWatchFailed(_logger, typeof(T).Name, e);
                from = _lastSyncResourceVersion ?? from;
                await backoff.WaitAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // Anything else (an undecodable event, say) may have cost us an event: relist after backoff.
                LogWatchFailed(_logger, typeof(T).Name, e);
                from = null;
                await backoff.WaitAsync(ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Lists the whole scope in pages, as client-go's pager, makes it the cache, and returns the
    /// list's resourceVersion. Every list is a consistent read (no resourceVersion), where client-go
    /// first tries "0" to spare etcd: dotkube's server reads the latest state for "0" anyway, and a
    /// consistent list can never take the cache back in time.
    /// </summary>
    private async Task<string> ListAndReplaceAsync(CancellationToken ct)
    {
        LogListing(_logger, typeof(T).Name, Scope.Namespace ?? "", Scope.LabelSelector ?? "", Scope.FieldSelector ?? "");
        var items = new List<T>();
        long? limit = _options.PageSize;
        string? continueToken = null;
        string? resourceVersion;
        while (true)
        {
            KubeList<T> page;
            try
            {
                page = await _source.ListAsync(Scope.Namespace, Scope.ListOptions(limit, continueToken), ct).ConfigureAwait(false);
            }
            catch (ApiStatusException e) when (continueToken is not null && (e.IsExpired || e.IsGone))
            {
                // As client-go's pager: an expired continue token falls back to one unpaged list.
                items.Clear();
                continueToken = null;
                limit = null;
                continue;
            }

            items.AddRange(page.Items);
            continueToken = page.Metadata.Continue;
            if (string.IsNullOrEmpty(continueToken))
            {
                resourceVersion = page.Metadata.ResourceVersion;
                break;
            }
        }

        if (string.IsNullOrEmpty(resourceVersion))
            throw new InvalidOperationException($"The list of {typeof(T).Name} carried no resourceVersion to watch from.");

        Replace(items, resourceVersion);
        return resourceVersion;
    }

    private void Replace(List<T> items, string resourceVersion)
    {
        lock (_gate)
        {
            var (upserted, removed) = Indexer.Replace(items);
            var initial = !_hasSynced;
            foreach (var (old, obj) in upserted)
            {
                if (old is null)
                    Distribute(Notification<T>.Add(obj, initial));
                else if (old.Metadata.ResourceVersion != obj.Metadata.ResourceVersion)
                    Distribute(Notification<T>.Update(old, obj));
            }

            foreach (var gone in removed)
                Distribute(Notification<T>.Delete(gone));

            _lastSyncResourceVersion = resourceVersion;
            if (!_hasSynced)
            {
                _hasSynced = true;
                Distribute(Notification<T>.Synced);
            }
        }

        _synced.TrySetResult(true);
        LogListed(_logger, typeof(T).Name, items.Count, resourceVersion);
    }

    private async Task<WatchEnd> WatchAsync(string from, Action onEvent, CancellationToken ct)
    {
        var timeout = _options.WatchTimeout ?? MinWatchTimeout * (1 + _random.NextDouble());
        var options = Scope.ListOptions(null, null) with
        {
            ResourceVersion = from,
            AllowWatchBookmarks = true,
            TimeoutSeconds = (long)timeout.TotalSeconds,
        };
        await foreach (var e in _source.WatchAsync(Scope.Namespace, options, ct).ConfigureAwait(false))
        {
            onEvent();
            if (e.Type == WatchEventType.Error)
            {
                var status = e.Status ?? new Status { Code = 500, Message = "watch ERROR event without a Status" };
                if (status.Code == 410)
                    return WatchEnd.Expired;
                throw new ApiStatusException(status);
            }

            Apply(e);
        }

        return WatchEnd.Closed;
    }

    private void Apply(WatchEvent<T> e)
    {
        if (e.Object is not { } obj)
            return;
        lock (_gate)
        {
            switch (e.Type)
            {
                case WatchEventType.Added or WatchEventType.Modified:
                    var old = Indexer.Upsert(obj);
                    Distribute(old is null ? Notification<T>.Add(obj, isInInitialList: false) : Notification<T>.Update(old, obj));
                    break;
                case WatchEventType.Deleted:
                    // As client-go's DeltaFIFO: a delete of something never cached is nobody's news.
                    if (Indexer.Delete(obj) is not null)
                        Distribute(Notification<T>.Delete(obj));
                    break;
            }

            if (!string.IsNullOrEmpty(obj.Metadata.ResourceVersion))
                _lastSyncResourceVersion = obj.Metadata.ResourceVersion;
        }
    }
}
