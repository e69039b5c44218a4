using Dotkube.Api.Meta;

namespace Dotkube.Client.Informers;

/// <summary>
/// Cache keys as client-go's MetaNamespaceKeyFunc: "namespace/name", or just "name" for a
/// cluster-scoped object. The same keys suit a <see cref="Queue.WorkQueue{T}"/>.
/// </summary>
public static class ObjectKeys
{
    public static string Of(KubeObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var name = obj.Metadata.Name;
        if (string.IsNullOrEmpty(name))
            throw new ArgumentException("An object without metadata.name has no cache key.", nameof(obj));
        return For(obj.Metadata.Namespace, name);
    }

    public static string For(string? ns, string name) => string.IsNullOrEmpty(ns) ? name : ns + "/" + name;

    /// <summary>The namespace (null when cluster-scoped) and name of a key, as client-go's SplitMetaNamespaceKey.</summary>
    public static (string? Namespace, string Name) Split(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
            return (null, key);
        if (key.IndexOf('/', slash + 1) >= 0)
            throw new FormatException($"Unexpected key format: \"{key}\".");
        return (key[..slash], key[(slash + 1)..]);
    }
}
