using Dotkube.Api.Meta;

namespace Dotkube.Client.Informers;

/// <summary>
/// A thread-safe in-memory store of objects keyed by <see cref="ObjectKeys"/>, with secondary
/// indexes: client-go's cache.Indexer over its threadSafeMap. Every indexer keeps the built-in
/// <see cref="Indexers"/> (namespace, owner UID, Pod node name); <see cref="AddIndex"/> adds more.
/// <para>
/// <b>Objects are shared, immutable snapshots.</b> As in client-go, <see cref="Get(string)"/>,
/// <see cref="List"/> and <see cref="ByIndex"/> hand out the very instances the store holds (and
/// that event handlers receive), not copies: callers must never mutate them. To change an object,
/// copy it (e.g. serialize and deserialize) and send the copy to the API server; the informer
/// stores what the server answers. Mutating a cached object corrupts the indexes and what every
/// other reader of the process sees.
/// </para>
/// <para>
/// Reads return snapshots (new lists) and never block on event handlers. Writes are meant for the
/// owning <see cref="SharedInformer{T}"/>, and for tests that fill a cache by hand as client-go's
/// <c>indexer.Add</c>.
/// </para>
/// </summary>
public sealed partial class Indexer<T>
    where T : KubeObject
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, T> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<T, IEnumerable<string>>> _indexFuncs = new(StringComparer.Ordinal);

    /// <summary>Index name → indexed value → keys of the objects with that value.</summary>
    private readonly Dictionary<string, Dictionary<string, HashSet<string>>> _indices = new(StringComparer.Ordinal);

    public Indexer()
    {
        AddIndex(Indexers.Namespace, Indexers.ByNamespace);
        AddIndex(Indexers.OwnerUid, Indexers.ByOwnerUid);
        AddIndex(Indexers.NodeName, Indexers.ByNodeName);
    }

    public int Count
    {
        get { lock (_lock) return _items.Count; }
    }

    public IReadOnlyList<string> IndexNames
    {
        get { lock (_lock) return [.. _indexFuncs.Keys]; }
    }

    /// <summary>
    /// Adds an index computed by <paramref name="indexFunc"/>, which may yield several values per
    /// object (or none) and must be a pure function of the object. Objects already stored are indexed.
    /// </summary>
    public void AddIndex(string name, Func<T, IEnumerable<string>> indexFunc)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(indexFunc);
        lock (_lock)
        {
            if (!_indexFuncs.TryAdd(name, indexFunc))
                throw new ArgumentException($"Index \"{name}\" already exists.", nameof(name));
            _indices[name] = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var (key, obj) in _items)
                AddToIndex(name, indexFunc, key, obj);
        }
    }

    public T? Get(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock) return _items.GetValueOrDefault(key);
    }

    public T? Get(string? ns, string name) => Get(ObjectKeys.For(ns, name));

    public IReadOnlyList<T> List()
    {
        lock (_lock) return [.. _items.Values];
    }

    public IReadOnlyList<string> ListKeys()
    {
        lock (_lock) return [.. _items.Keys];
    }

    /// <summary>The objects whose index <paramref name="indexName"/> yields <paramref name="value"/>; throws for an unknown index.</summary>
    public IReadOnlyList<T> ByIndex(string indexName, string value)
    {
        lock (_lock)
        {
            var index = IndexLocked(indexName);
            return index.TryGetValue(value, out var keys) ? [.. keys.Select(k => _items[k])] : [];
        }
    }

    /// <summary>The keys of <see cref="ByIndex"/>, as client-go's IndexKeys.</summary>
    public IReadOnlyList<string> IndexKeys(string indexName, string value)
    {
        lock (_lock)
        {
            var index = IndexLocked(indexName);
            return index.TryGetValue(value, out var keys) ? [.. keys] : [];
        }
    }

    /// <summary>Every value the index currently holds, as client-go's ListIndexFuncValues.</summary>
    public IReadOnlyList<string> IndexValues(string indexName)
    {
        lock (_lock) return [.. IndexLocked(indexName).Keys];
    }

    private Dictionary<string, HashSet<string>> IndexLocked(string indexName) =>
        _indices.TryGetValue(indexName, out var index) ? index : throw new KeyNotFoundException($"Index \"{indexName}\" does not exist.");
}
