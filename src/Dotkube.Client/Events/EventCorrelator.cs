using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Client.Events;

/// <summary>
/// client-go's EventCorrelator, in its order: aggregate similar events (the 10th distinct message
/// for one source, object, type and reason within the window turns into one combined event), then
/// observe identical ones (a repeat becomes a patch of count, lastTimestamp and message on the
/// event already written), then drop what the spam filter refuses. As upstream, identical events are
/// remembered per LRU key with no time limit, so a repeat hours later still bumps the old event's
/// count, which is what kubectl describe shows as "(x5 over 3h)".
/// Not thread-safe: the recorder's single writer owns it, and passes each event's record time as now.
/// </summary>
internal sealed class EventCorrelator(EventRecorderOptions options, EventNames names)
{
    /// <summary>As client-go's EventAggregatorByReasonMessageFunc.</summary>
    public const string CombinedPrefix = "(combined from similar events): ";

    private readonly LruCache<string, SimilarRecord> _similar = new(options.CacheSize);
    private readonly LruCache<string, Observation> _observed = new(options.CacheSize);
    private readonly EventSpamFilter _spam = new(options);

    /// <summary>The event to write (null when the spam filter drops it), its correlation key, and the patch when it repeats one already written.</summary>
    public (Event? Event, string Key, byte[]? Patch) Correlate(Event e, DateTimeOffset now)
    {
        var (aggregated, key) = Aggregate(e, now);
        var (observed, patch) = Observe(aggregated, key);
        return _spam.Filter(observed, now) ? (null, key, null) : (observed, key, patch);
    }

    /// <summary>Records what the server answered, so the next repeat patches the right name.</summary>
    public void UpdateState(string key, Event written) =>
        _observed.Set(key, new Observation(written.Count ?? 1, written.FirstTimestamp, written.Metadata.Name ?? ""));

    private (Event Event, string Key) Aggregate(Event e, DateTimeOffset now)
    {
        var similarKey = EventKeys.Similar(e);
        if (!_similar.TryGet(similarKey, out var record) || now - record.Last > options.AggregateWindow)
            record = new SimilarRecord([], now);

        record.Messages.Add(e.Message ?? "");
        _similar.Set(similarKey, record with { Last = now });
        if (record.Messages.Count < options.AggregateMaxEvents)
            return (e, EventKeys.Identical(e));

        // As upstream: keep the set at the limit, so every further distinct message is combined too.
        record.Messages.Remove(record.Messages.First());
        var combined = new Event
        {
            Metadata = new ObjectMeta { Name = names.Next(e.InvolvedObject.Name, now), Namespace = e.Metadata.Namespace },
            InvolvedObject = e.InvolvedObject,
            Reason = e.Reason,
            Message = CombinedPrefix + e.Message,
            Source = e.Source,
            Type = e.Type,
            Count = 1,
            FirstTimestamp = now,
            LastTimestamp = now,
            ReportingComponent = e.ReportingComponent,
            ReportingInstance = e.ReportingInstance,
        };
        return (combined, similarKey);
    }

    private (Event Event, byte[]? Patch) Observe(Event e, string key)
    {
        var copy = Copy(e);
        byte[]? patch = null;
        if (_observed.TryGet(key, out var last) && last.Count > 0)
        {
            copy.Metadata.Name = last.Name;
            copy.FirstTimestamp = last.FirstTimestamp;
            copy.Count = last.Count + 1;
            patch = EventPatch.For(copy);
        }

        _observed.Set(key, new Observation(copy.Count ?? 1, copy.FirstTimestamp, copy.Metadata.Name ?? ""));
        return (copy, patch);
    }

    private static Event Copy(Event e) => new()
    {
        Metadata = new ObjectMeta { Name = e.Metadata.Name, Namespace = e.Metadata.Namespace },
        InvolvedObject = e.InvolvedObject,
        Reason = e.Reason,
        Message = e.Message,
        Source = e.Source,
        Type = e.Type,
        Count = e.Count,
        FirstTimestamp = e.FirstTimestamp,
        LastTimestamp = e.LastTimestamp,
        ReportingComponent = e.ReportingComponent,
        ReportingInstance = e.ReportingInstance,
    };

    private sealed record SimilarRecord(HashSet<string> Messages, DateTimeOffset Last);

    private readonly record struct Observation(int Count, DateTimeOffset FirstTimestamp, string Name);
}
