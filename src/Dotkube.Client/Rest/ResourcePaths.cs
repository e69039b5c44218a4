using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Client.Rest;

/// <summary>REST paths from the scheme: /api/v1 for the core group, /apis/{group}/{version} otherwise.</summary>
internal static class ResourcePaths
{
    public static ResourceInfo Of<T>()
        where T : KubeObject =>
        Scheme.Default.Find(typeof(T)) ?? throw new ArgumentException($"{typeof(T).FullName} is not a registered kind");

    /// <summary>The collection; a null or empty namespace on a namespaced kind means all namespaces (client-go's NamespaceAll).</summary>
    public static string Collection(ResourceInfo resource, string? ns)
    {
        var prefix = resource.Group.Length == 0 ? $"/api/{resource.Version}" : $"/apis/{resource.Group}/{resource.Version}";
        return resource.Namespaced && !string.IsNullOrEmpty(ns)
            ? $"{prefix}/namespaces/{Uri.EscapeDataString(ns)}/{resource.Plural}"
            : $"{prefix}/{resource.Plural}";
    }

    /// <summary>
    /// One object, optionally a subresource of it. A namespaced kind needs its namespace here; a
    /// cluster-scoped kind ignores one, as kubectl ignores --namespace for nodes.
    /// </summary>
    public static string Item(ResourceInfo resource, string? ns, string name, string? subresource = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (resource.Namespaced && string.IsNullOrEmpty(ns))
        {
            throw new ArgumentException($"{resource.Kind} is namespaced; a namespace is required for {name}", nameof(ns));
        }

        var path = $"{Collection(resource, ns)}/{Uri.EscapeDataString(name)}";
        return string.IsNullOrEmpty(subresource) ? path : $"{path}/{subresource}";
    }
}
