namespace Dotkube.Storage.Tests.Conformance;

/// <summary>
/// The recording checker: rebuilds the store's history from every acknowledged write (all writes
/// of a run, on a store empty at <c>baseRevision</c>) and proves that what clients were told is
/// consistent with it. Each check returns its violations (empty = consistent).
/// </summary>
public sealed class HistoryChecker
{
    private const int MaxReported = 10;

    private readonly List<Acknowledgement> _acknowledgements;
    private readonly long _baseRevision;
    private readonly List<StorageEvent> _events = [];
    private readonly List<string> _replayViolations = [];

    public HistoryChecker(IEnumerable<Acknowledgement> acknowledgements, long baseRevision)
    {
        _acknowledgements = [.. acknowledgements.OrderBy(a => a.Revision)];
        _baseRevision = baseRevision;
        BuildEvents();
    }

    /// <summary>The last acknowledged revision.</summary>
    public long LastRevision => _acknowledgements.Count == 0 ? _baseRevision : _acknowledgements[^1].Revision;

    /// <summary>
    /// (a) Acknowledged revisions are unique, leave no gap after the base revision, and increase
    /// with real time: a write that completed before another started has the smaller revision.
    /// </summary>
    public IReadOnlyList<string> CheckAcknowledgements()
    {
        var violations = new List<string>(_replayViolations);
        for (var i = 0; i < _acknowledgements.Count; i++)
        {
            var expected = _baseRevision + i + 1;
            if (_acknowledgements[i].Revision != expected)
            {
                violations.Add($"acknowledged revision {i + 1} is {_acknowledgements[i].Revision}, expected {expected} (a gap or a duplicate)");
                break;
            }
        }

        // Sweep from the highest revision down, remembering the earliest completion seen so far:
        // a lower revision must not have started after a higher one completed.
        var earliest = (Completed: long.MaxValue, Ack: (Acknowledgement?)null);
        for (var i = _acknowledgements.Count - 1; i >= 0; i--)
        {
            var ack = _acknowledgements[i];
            if (earliest.Ack is not null && earliest.Completed < ack.StartedAt)
            {
                violations.Add($"{Describe(earliest.Ack)} completed before {Describe(ack)} started, but has the higher revision");
            }

            if (ack.CompletedAt < earliest.Completed)
            {
                earliest = (ack.CompletedAt, ack);
            }
        }

        return Limit(violations);
    }

    /// <summary>(b) A watcher's stream equals the history for its prefix after its start revision, through the last write.</summary>
    public IReadOnlyList<string> CheckWatch(WatchLog log)
    {
        var expected = EventsFor(log.Prefix, log.FromRevision);
        var violations = new List<string>();
        var name = $"watch '{log.Prefix}' from {log.FromRevision}";
        for (var i = 0; i < Math.Max(expected.Count, log.Events.Count); i++)
        {
            if (i >= log.Events.Count)
            {
                violations.Add($"{name}: missing {expected.Count - i} events from revision {expected[i].Revision} on");
                break;
            }

            if (i >= expected.Count)
            {
                violations.Add($"{name}: {log.Events.Count - i} unexpected events from {Describe(log.Events[i])} on");
                break;
            }

            if (!SameEvent(expected[i], log.Events[i]))
            {
                violations.Add($"{name}: event {i} is {Describe(log.Events[i])}, expected {Describe(expected[i])}");
            }
        }

        return Limit(violations);
    }

    /// <summary>(c) A read at revision R equals the history replayed to R.</summary>
    public IReadOnlyList<string> CheckRead(ReadLog log)
    {
        var expected = Replay(log.Prefix, log.Revision);
        if (expected.SequenceEqual(log.Items, KeyValueComparer.Instance))
        {
            return [];
        }

        var shown = string.Join(", ", log.Items.Select(KeyValueComparer.Describe));
        var wanted = string.Join(", ", expected.Select(KeyValueComparer.Describe));
        return [$"read '{log.Prefix}' at {log.Revision}: got [{shown}], history says [{wanted}]"];
    }

    /// <summary>The keys under <paramref name="prefix"/> as of <paramref name="revision"/>, in key order.</summary>
    public IReadOnlyList<KeyValue> Replay(string prefix, long revision)
    {
        var state = new SortedDictionary<string, KeyValue>(StringComparer.Ordinal);
        foreach (var e in _events.TakeWhile(e => e.Revision <= revision))
        {
            if (e.Type == StorageEventType.Delete)
            {
                state.Remove(e.Current.Key);
            }
            else
            {
                state[e.Current.Key] = e.Current;
            }
        }

        return [.. state.Values.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))];
    }

    /// <summary>The events for <paramref name="prefix"/> after <paramref name="fromRevision"/>, in revision order.</summary>
    public IReadOnlyList<StorageEvent> EventsFor(string prefix, long fromRevision) =>
        [.. _events.Where(e => e.Revision > fromRevision && e.Current.Key.StartsWith(prefix, StringComparison.Ordinal))];

    private void BuildEvents()
    {
        var state = new Dictionary<string, KeyValue>(StringComparer.Ordinal);
        foreach (var ack in _acknowledgements)
        {
            state.TryGetValue(ack.Key, out var previous);
            if ((ack.Kind == WriteKind.Create) != (previous is null))
            {
                _replayViolations.Add($"{Describe(ack)} was acknowledged, but the key {(previous is null ? "did not exist" : "existed")} at that point of the history");
            }

            if (ack.Kind == WriteKind.Delete)
            {
                state.Remove(ack.Key);
                _events.Add(new StorageEvent(StorageEventType.Delete, new KeyValue(ack.Key, [], 0, ack.Revision), previous));
            }
            else
            {
                var current = new KeyValue(ack.Key, ack.Value, previous?.CreateRevision ?? ack.Revision, ack.Revision);
                state[ack.Key] = current;
                _events.Add(new StorageEvent(StorageEventType.Put, current, previous));
            }
        }
    }

    private static bool SameEvent(StorageEvent expected, StorageEvent actual) =>
        expected.Type == actual.Type &&
        (expected.Type == StorageEventType.Delete
            ? actual.Current.Key == expected.Current.Key && actual.Current.Value.Length == 0 && actual.Revision == expected.Revision
            : KeyValueComparer.Instance.Equals(expected.Current, actual.Current)) &&
        KeyValueComparer.Instance.Equals(expected.Previous, actual.Previous);

    private static string Describe(Acknowledgement ack) => $"{ack.Kind} {ack.Key}@{ack.Revision}";

    private static string Describe(StorageEvent e) =>
        $"{e.Type} {KeyValueComparer.Describe(e.Current)} (previous {KeyValueComparer.Describe(e.Previous)})";

    private static List<string> Limit(List<string> violations) =>
        violations.Count <= MaxReported ? violations : [.. violations.Take(MaxReported), $"... and {violations.Count - MaxReported} more"];
}
