using System.Globalization;
using System.Text;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Registry;
using Dotkube.ApiServer.Watch;
using Dotkube.Storage;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    private const long MaxWatchTimeoutSeconds = 30L * 24 * 3600;

    /// <summary>How often an idle watch with allowWatchBookmarks gets a BOOKMARK (upstream: about a minute).</summary>
    public TimeSpan BookmarkInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A watch stream: one JSON event per line, flushed as events happen. resourceVersion unset
    /// or "0" starts with synthetic ADDED events for what exists; N resumes strictly after N; a
    /// revision older than the retained history ends with an ERROR event carrying 410 Expired.
    /// Objects moving into or out of the selectors appear as ADDED or DELETED, as upstream.
    /// </summary>
    private async Task WatchAsync(ApiRequest request)
    {
        var form = Negotiate(request);
        RequestOptions.ValidateList(request, watch: true);
        var selectors = ListSelectors.From(request);
        var resourceVersion = request.Query("resourceVersion");
        long? from = null;
        if (!string.IsNullOrEmpty(resourceVersion) && resourceVersion != "0")
        {
            if (!long.TryParse(resourceVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                throw ApiErrors.BadRequest($"invalid resource version: {resourceVersion}");
            }

            from = parsed;
        }

        // CancelAfter takes at most ~49 days; a longer timeout is as good as none.
        var timeout = request.QueryInt64("timeoutSeconds") is { } seconds && seconds > 0
            ? TimeSpan.FromSeconds(Math.Min(seconds, MaxWatchTimeoutSeconds))
            : TimeSpan.FromSeconds(1800 + Random.Shared.Next(1800));
        var bookmarks = request.QueryBool("allowWatchBookmarks");
        var name = request.Info.Name;
        var prefix = ResourceKeys.ListPrefix(request.Resource, request.Namespace);

        var cache = await _watchCaches.GetAsync(request.Resource, from, request.Aborted);
        using var subscription = cache.Subscribe(prefix, from);

        var http = request.Http;
        http.Response.StatusCode = 200;
        http.Response.ContentType = MediaTypes.Json;
        await http.Response.StartAsync(request.Aborted);
        await http.Response.Body.FlushAsync(request.Aborted);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(request.Aborted);
        stop.CancelAfter(timeout);
        var stream = new WatchStream(this, request, form, selectors, name);
        try
        {
            if (subscription is null)
            {
                await StreamFromStorageAsync(request, prefix, from!.Value, stream, stop.Token);
                return;
            }

            stream.LastRevision = subscription.FromRevision;
            foreach (var e in subscription.Initial)
            {
                await stream.WriteAsync(e, stop.Token);
            }

            await stream.FlushAsync(stop.Token);
            await PumpAsync(subscription, stream, bookmarks, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // timeoutSeconds elapsed or the client went away: the stream simply ends.
        }
        catch (WatcherTooSlowException)
        {
            // Closed for falling behind: ending the stream makes the client re-watch.
        }
    }

    private async Task PumpAsync(WatchSubscription subscription, WatchStream stream, bool bookmarks, CancellationToken ct)
    {
        var reader = subscription.Events;
        while (true)
        {
            while (reader.TryRead(out var e))
            {
                await stream.WriteAsync(e, ct);
            }

            await stream.FlushAsync(ct);
            var waitForData = reader.WaitToReadAsync(ct).AsTask();
            if (bookmarks)
            {
                var tick = Task.Delay(BookmarkInterval, _time, ct);
                if (await Task.WhenAny(waitForData, tick) == tick)
                {
                    await stream.WriteBookmarkAsync(ct);
                    await stream.FlushAsync(ct);
                    // The pending wait is reused on the next turn via WaitToReadAsync; nothing is lost.
                    continue;
                }
            }

            if (!await waitForData)
            {
                await reader.Completion;
                return;
            }
        }
    }

    /// <summary>A resume from before the cache's window: read the store's own history, which may be compacted (410).</summary>
    private static async Task StreamFromStorageAsync(ApiRequest request, string prefix, long from, WatchStream stream, CancellationToken ct)
    {
        try
        {
            await foreach (var change in request.Store.Store.WatchAsync(prefix, from, ct))
            {
                var e = CacheEvent.From(request.Resource, change);
                await stream.WriteAsync(e, ct);
                await stream.FlushAsync(ct);
            }
        }
        catch (StorageException e) when (e.Code == StorageErrorCode.Compacted)
        {
            var status = ApiErrors.Expired($"too old resource version: {from} ({request.Store.Store.CompactedRevision + 1})").Status;
            await stream.WriteErrorAsync(status, ct);
        }
    }

    /// <summary>Formats events for one watcher: selector transitions, Table rows, bookmarks.</summary>
    private sealed class WatchStream(ResourceHandler handler, ApiRequest request, ResponseForm form, ListSelectors selectors, string name)
    {
        private static readonly byte[] AddedPrefix = "{\"type\":\"ADDED\",\"object\":"u8.ToArray();
        private static readonly byte[] ModifiedPrefix = "{\"type\":\"MODIFIED\",\"object\":"u8.ToArray();
        private static readonly byte[] DeletedPrefix = "{\"type\":\"DELETED\",\"object\":"u8.ToArray();
        private static readonly byte[] BookmarkPrefix = "{\"type\":\"BOOKMARK\",\"object\":"u8.ToArray();
        private static readonly byte[] ErrorPrefix = "{\"type\":\"ERROR\",\"object\":"u8.ToArray();
        private static readonly byte[] FrameSuffix = "}\n"u8.ToArray();

        private int _tablesWritten;

        public long LastRevision { get; set; }

        public async Task WriteAsync(CacheEvent e, CancellationToken ct)
        {
            LastRevision = Math.Max(LastRevision, e.Revision);
            var matchesNow = Matches(e.Object);
            var matchedBefore = e.PrevObject is not null && Matches(e.PrevObject);
            string type;
            KubeObject obj;
            byte[]? json = e.Json;
            switch (e.Type)
            {
                case CacheEvent.Deleted:
                    if (!matchesNow && !matchedBefore)
                    {
                        return;
                    }

                    (type, obj) = (CacheEvent.Deleted, e.Object);
                    break;
                case CacheEvent.Modified when matchesNow && !matchedBefore:
                    (type, obj) = (CacheEvent.Added, e.Object);
                    break;
                case CacheEvent.Modified when !matchesNow && matchedBefore:
                    // Upstream sends the previous state stamped with the new revision.
                    obj = StoredObject.Clone(request.Resource, e.PrevObject!);
                    obj.Metadata.ResourceVersion = e.Revision.ToString(CultureInfo.InvariantCulture);
                    (type, json) = (CacheEvent.Deleted, null);
                    break;
                default:
                    if (!matchesNow)
                    {
                        return;
                    }

                    (type, obj) = (e.Type, e.Object);
                    break;
            }

            if (form == ResponseForm.Table)
            {
                // One-row tables; only the first carries the column definitions, as upstream.
                json = KubeJson.Serialize(handler.ToTable(request, obj, noHeaders: _tablesWritten++ > 0), typeof(Table));
            }
            else if (form == ResponseForm.PartialObjectMetadata)
            {
                json = KubeJson.Serialize(ResponseWriter.Partial(obj), typeof(PartialObjectMetadata));
            }

            json ??= KubeJson.Serialize(obj, request.Resource.ClrType);
            await WriteFrameAsync(type, json, ct);
            handler.Metrics?.RecordWatchEvent(request.Resource.Group, request.Resource.Version, request.Resource.Kind);
        }

        public Task WriteBookmarkAsync(CancellationToken ct)
        {
            var resource = request.Resource;
            var json = Encoding.UTF8.GetBytes(
                $"{{\"kind\":\"{resource.Kind}\",\"apiVersion\":\"{resource.ApiVersion}\",\"metadata\":{{\"resourceVersion\":\"{LastRevision}\",\"creationTimestamp\":null}}}}");
            return WriteFrameAsync("BOOKMARK", json, ct);
        }

        public Task WriteErrorAsync(Status status, CancellationToken ct) =>
            WriteFrameAsync("ERROR", KubeJson.Serialize(status, typeof(Status)), ct);

        public Task FlushAsync(CancellationToken ct) => request.Http.Response.Body.FlushAsync(ct);

        private async Task WriteFrameAsync(string type, byte[] json, CancellationToken ct)
        {
            // The fan-out path: the event's JSON is shared by every watcher, and the frame around it
            // comes from constant bytes, so a frame costs no allocation per watcher.
            var body = request.Http.Response.Body;
            await body.WriteAsync(FramePrefix(type), ct);
            await body.WriteAsync(json, ct);
            await body.WriteAsync(FrameSuffix, ct);
        }

        private static ReadOnlyMemory<byte> FramePrefix(string type) => type switch
        {
            CacheEvent.Added => AddedPrefix,
            CacheEvent.Modified => ModifiedPrefix,
            CacheEvent.Deleted => DeletedPrefix,
            "BOOKMARK" => BookmarkPrefix,
            _ => ErrorPrefix,
        };

        private bool Matches(KubeObject obj) =>
            (name.Length == 0 || obj.Metadata.Name == name) && selectors.Matches(request.Resource, obj);
    }
}
