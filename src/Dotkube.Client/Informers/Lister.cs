using Dotkube.Api.Meta;
using Dotkube.Api.Selectors;

namespace Dotkube.Client.Informers;

/// <summary>
/// Reads an informer's cache as client-go's generated listers do: by namespace and label selector,
/// or one object by name. Answers come from memory (no API call) and may trail the server by the
/// watch's latency; the objects are the cache's shared instances, which callers must not mutate
/// (see <see cref="Indexer{T}"/>).
/// </summary>
public sealed class Lister<T>(Indexer<T> indexer)
    where T : KubeObject
{
    /// <summary>Objects in <paramref name="ns"/> (null: all namespaces) whose labels match <paramref name="selector"/> (null: all).</summary>
    public IReadOnlyList<T> List(string? ns = null, Selector? selector = null)
    {
        var candidates = string.IsNullOrEmpty(ns) ? indexer.List() : indexer.ByIndex(Indexers.Namespace, ns);
        return selector is null || selector.IsEmpty ? candidates : [.. candidates.Where(o => selector.Matches(o.Metadata.Labels))];
    }

    /// <summary>The object, or null when the cache has none; <paramref name="ns"/> is null for cluster-scoped kinds.</summary>
    public T? Get(string? ns, string name) => indexer.Get(ns, name);
}
