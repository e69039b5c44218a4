namespace Dotkube.Controllers.GarbageCollector;

/// <summary>
/// Owners a live read found absent (upstream's absentOwnerCache, 500 entries), so that many
/// dependents of one deleted owner cost one read. Keyed by uid and identity, because a uid
/// absent under one kind or namespace may exist under another. Oldest entries go first.
/// </summary>
public sealed class AbsentOwnerCache(int capacity = 500)
{
    private readonly Lock _lock = new();
    private readonly HashSet<ObjectIdentity> _set = [];
    private readonly Queue<ObjectIdentity> _order = new();

    public void Add(ObjectIdentity owner)
    {
        lock (_lock)
        {
            if (!_set.Add(owner))
                return;
            _order.Enqueue(owner);
            while (_order.Count > capacity)
                _set.Remove(_order.Dequeue());
        }
    }

    public bool Contains(ObjectIdentity owner)
    {
        lock (_lock) return _set.Contains(owner);
    }
}
