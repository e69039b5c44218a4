using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Dotkube.Bench.Api;

/// <summary>
/// For <c>--trace</c>: the runtime's, HttpClient's and Kestrel's own event counters, read in
/// process each second (no dotnet-counters on the bench machine), so a level that stalls shows
/// where requests wait: the client's HTTP/2 queue, Kestrel's request queue, lock contention, GC.
/// </summary>
public sealed class CounterListener : EventListener
{
    private static readonly string[] Sources = ["System.Runtime", "System.Net.Http", "Microsoft-AspNetCore-Server-Kestrel"];

    private static readonly (string Source, string Counter, string Label)[] Shown =
    [
        ("System.Net.Http", "http20-requests-queue-duration", "client h2 queue ms"),
        ("System.Net.Http", "current-requests", "client requests"),
        ("System.Net.Http", "http20-connections-current-total", "client h2 connections"),
        ("Microsoft-AspNetCore-Server-Kestrel", "total-connections", "kestrel connections total"),
        ("Microsoft-AspNetCore-Server-Kestrel", "request-queue-length", "kestrel queue"),
        ("System.Runtime", "monitor-lock-contention-count", "lock contentions"),
        ("System.Runtime", "time-in-gc", "gc %"),
    ];

    private readonly ConcurrentDictionary<(string, string), double> _latest = new();

    public string Line() =>
        "; " + string.Join(", ", Shown.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Label} {(_latest.TryGetValue((s.Source, s.Counter), out var v) ? v.ToString("F0", CultureInfo.InvariantCulture) : "-")}")));

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (Sources.Contains(eventSource.Name))
        {
            EnableEvents(eventSource, EventLevel.LogAlways, EventKeywords.None,
                new Dictionary<string, string?> { ["EventCounterIntervalSec"] = "1" });
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName != "EventCounters" || eventData.Payload is not [IDictionary<string, object> payload, ..])
        {
            return;
        }

        var name = payload.TryGetValue("Name", out var n) ? n as string : null;
        if (name is null)
        {
            return;
        }

        var value = payload.TryGetValue("Increment", out var increment) ? increment
            : payload.TryGetValue("Mean", out var mean) ? mean : null;
        if (value is not null)
        {
            _latest[(eventData.EventSource.Name, name)] = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        }
    }
}
