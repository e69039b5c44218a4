using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Client.Rest;

/// <summary>
/// REST paths: /api/v1 for the core group, /apis/{group}/{version} otherwise. The one place that
/// builds them, for kinds in the scheme and for discovered resources (<see cref="Dynamic.ApiResource"/>) alike.
/// </summary>
internal static class ResourcePaths
{
    public static ResourceInfo Of<T>()
        where T : KubeObject =>
        Scheme.Default.Find(typeof(T)) ?? throw new ArgumentException($"{typeof(T).FullName} is not a registered kind");

    /// <summary>The collection; a null or empty namespace on a namespaced kind means all namespaces (client-go's NamespaceAll).</summary>
    public static string Collection(ResourceInfo resource, string? ns) =>
        Collection(resource.Group, resource.Version, resource.Plural, resource.Namespaced, ns);

    /// <summary>
    /// One object, optionally a subresource of it. A namespaced kind needs its namespace here; a
    /// cluster-scoped kind ignores one, as kubectl ignores --namespace for nodes.
    /// </summary>
    public static string Item(ResourceInfo resource, string? ns, string name, string? subresource = null) =>
        Item(resource.Group, resource.Version, resource.Plural, resource.Namespaced, resource.Kind, ns, name, subresource);

    public static string Collection(string group, string version, string plural, bool namespaced, string? ns)
    {
        var prefix = group.Length == 0 ? $"/api/{version}" : $"/apis/{group}/{version}";
        return namespaced && !string.IsNullOrEmpty(ns)
            ? $"{prefix}/namespaces/{Uri.EscapeDataString(ns)}/{plural}"
            : $"{prefix}/{plural}";
    }

    /// <param name="what">Names the resource in the error for a missing namespace.</param>
    public static string Item(string group, string version, string plural, bool namespaced, string what, string? ns, string name,
        string? subresource = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (namespaced && string.IsNullOrEmpty(ns))
        {
            throw new ArgumentException($"{what} is namespaced; a namespace is required for {name}", nameof(ns));
        }

        var path = $"{Collection(group, version, plural, namespaced, ns)}/{Uri.EscapeDataString(name)}";
        return string.IsNullOrEmpty(subresource) ? path : $"{path}/{subresource}";
    }
}
