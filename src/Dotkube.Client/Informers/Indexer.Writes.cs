namespace Dotkube.Client.Informers;

public sealed partial class Indexer<T>
{
    /// <summary>Stores the object under its key, replacing and returning any previous one (client-go's Add and Update).</summary>
    public T? Upsert(T obj)
    {
        var key = ObjectKeys.Of(obj);
        lock (_lock) return UpsertLocked(key, obj);
    }

    /// <summary>Removes and returns the object stored under the key of <paramref name="obj"/>, if any.</summary>
    public T? Delete(T obj) => Delete(ObjectKeys.Of(obj));

    public T? Delete(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock) return DeleteLocked(key);
    }

    /// <summary>
    /// Makes <paramref name="items"/> the whole content, atomically for readers (client-go's Replace).
    /// Returns each new object with what it replaced, and the objects that are gone.
    /// </summary>
    internal (List<(T? Old, T New)> Upserted, List<T> Removed) Replace(IReadOnlyList<T> items)
    {
        var upserted = new List<(T? Old, T New)>(items.Count);
        var removed = new List<T>();
        var keep = new HashSet<string>(items.Count, StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var item in items)
            {
                var key = ObjectKeys.Of(item);
                keep.Add(key);
                upserted.Add((UpsertLocked(key, item), item));
            }

            foreach (var key in _items.Keys.Where(k => !keep.Contains(k)).ToList())
                removed.Add(DeleteLocked(key)!);
        }

        return (upserted, removed);
    }

    private T? UpsertLocked(string key, T obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        _items.TryGetValue(key, out var old);
        if (old is not null)
            RemoveFromIndexes(key, old);
        _items[key] = obj;
        foreach (var (name, func) in _indexFuncs)
            AddToIndex(name, func, key, obj);
        return old;
    }

    private T? DeleteLocked(string key)
    {
        if (!_items.Remove(key, out var old))
            return null;
        RemoveFromIndexes(key, old);
        return old;
    }

    private void AddToIndex(string name, Func<T, IEnumerable<string>> func, string key, T obj)
    {
        var index = _indices[name];
        foreach (var value in func(obj))
        {
            if (!index.TryGetValue(value, out var keys))
                index[value] = keys = new HashSet<string>(StringComparer.Ordinal);
            keys.Add(key);
        }
    }

    /// <summary>Uses the old object's values: stored objects are immutable, so they are what was indexed.</summary>
    private void RemoveFromIndexes(string key, T old)
    {
        foreach (var (name, func) in _indexFuncs)
        {
            var index = _indices[name];
            foreach (var value in func(old))
            {
                if (index.TryGetValue(value, out var keys) && keys.Remove(key) && keys.Count == 0)
                    index.Remove(value);
            }
        }
    }
}
