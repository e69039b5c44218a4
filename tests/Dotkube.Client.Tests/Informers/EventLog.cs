using Dotkube.Api.Meta;
using Dotkube.Client.Informers;

namespace Dotkube.Client.Tests.Informers;

/// <summary>Records what an informer's handler was called with, and checks that calls never overlap.</summary>
public sealed class EventLog<T>
    where T : KubeObject
{
    private readonly Lock _lock = new();
    private readonly List<Entry> _entries = [];
    private int _inside;

    public bool Overlapped { get; private set; }

    public IReadOnlyList<Entry> Entries
    {
        get { lock (_lock) return [.. _entries]; }
    }

    /// <summary>"add a", "add a (initial)", "update a", "delete a": compact lines for order assertions.</summary>
    public IReadOnlyList<string> Lines => [.. Entries.Select(e => e.ToString())];

    public IEventHandlerRegistration AttachTo(SharedInformer<T> informer) => informer.AddEventHandler(
        (obj, initial) => Record(new Entry(initial ? "add (initial)" : "add", null, obj)),
        (old, obj) => Record(new Entry("update", old, obj)),
        obj => Record(new Entry("delete", obj, null)));

    public int Count(string kind, string name) => Entries.Count(e => e.Kind.StartsWith(kind, StringComparison.Ordinal) && e.Name == name);

    private void Record(Entry entry)
    {
        if (Interlocked.Increment(ref _inside) > 1)
            Overlapped = true;
        lock (_lock) _entries.Add(entry);
        Interlocked.Decrement(ref _inside);
    }

    public sealed record Entry(string Kind, T? Old, T? New)
    {
        public string Name => (New ?? Old)!.Metadata.Name!;

        public override string ToString() => Kind + " " + Name;
    }
}
