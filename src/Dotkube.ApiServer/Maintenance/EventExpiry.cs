using Dotkube.Api.Meta;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Registry;
using Microsoft.Extensions.Logging;
using CoreEvent = Dotkube.Api.Core.V1.Event;
using EventsEvent = Dotkube.Api.Events.V1.Event;

namespace Dotkube.ApiServer.Maintenance;

/// <summary>
/// Events live for a TTL after their last write (kube-apiserver's --event-ttl, 1 h by default),
/// so a chatty cluster cannot grow the store without bound. Upstream attaches an etcd lease to
/// every event write; here a sweep deletes events whose newest timestamp is older than the TTL.
/// A deletion conditioned on the revision read never removes an event refreshed meanwhile.
/// </summary>
public sealed partial class EventExpiry : IAsyncDisposable
{
    private readonly ResourceRegistry _registry;
    private readonly TimeSpan _ttl;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public EventExpiry(ResourceRegistry registry, TimeSpan ttl, TimeSpan interval, TimeProvider time, ILogger logger)
    {
        _registry = registry;
        _ttl = ttl;
        _time = time;
        _logger = logger;
        _loop = RunAsync(interval);
    }

    /// <summary>One sweep over both event APIs; returns how many events were deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var deadline = _time.GetUtcNow() - _ttl;
        var deleted = 0;
        foreach (var store in new[] { _registry.For<CoreEvent>(), _registry.For<EventsEvent>() })
        {
            var (items, _) = await store.RangeAsync(store.Prefix, 0, 0, null, ct);
            foreach (var item in items.Where(i => LastActivity(i) < deadline))
            {
                try
                {
                    await store.DeleteAsync(item.Metadata.Namespace ?? "", item.Metadata.Name!, ResourceStore.ParseRevision(item.Metadata.ResourceVersion), ct);
                    deleted++;
                }
                catch (ApiException e) when (e.Code is 404 or 409)
                {
                    // Gone or written again since the read: the next sweep decides.
                }
            }
        }

        return deleted;
    }

    /// <summary>The newest time an event says it was written or observed.</summary>
    public static DateTimeOffset LastActivity(KubeObject obj)
    {
        var times = new List<DateTimeOffset> { obj.Metadata.CreationTimestamp };
        switch (obj)
        {
            case CoreEvent e:
                times.AddRange([e.LastTimestamp, e.FirstTimestamp, e.EventTime, e.Series?.LastObservedTime ?? default]);
                break;
            case EventsEvent e:
                times.AddRange([e.EventTime, e.DeprecatedLastTimestamp, e.Series?.LastObservedTime ?? default]);
                break;
        }

        return times.Max();
    }

    private async Task RunAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                try
                {
                    var deleted = await SweepAsync(_stop.Token);
                    if (deleted > 0)
                    {
                        LogExpired(_logger, deleted, _ttl);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogSweepFailed(_logger, e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} events older than the event TTL {Ttl}")]
    private static partial void LogExpired(ILogger logger, int count, TimeSpan ttl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event expiry sweep failed")]
    private static partial void LogSweepFailed(ILogger logger, Exception error);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
