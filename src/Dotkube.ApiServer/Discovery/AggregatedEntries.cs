using Dotkube.Api.Meta;

namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// ConvertGroupVersionIntoToDiscovery: folds a legacy resource list into aggregated entries.
/// Resources keep their order; "resource/subresource" entries attach to their parent in order.
/// responseKind copies the legacy entry's group and version, which are "" unless the storage
/// names another group version, so most kinds read {"group":"","version":"","kind":"Pod"} as
/// upstream writes them.
/// </summary>
internal static class AggregatedEntries
{
    public static List<APIResourceDiscovery> Build(IReadOnlyList<APIResource> entries)
    {
        var resources = new List<APIResourceDiscovery>();
        var byName = new Dictionary<string, APIResourceDiscovery>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => !e.Name.Contains('/', StringComparison.Ordinal)))
        {
            var resource = new APIResourceDiscovery
            {
                Resource = entry.Name,
                ResponseKind = Kind(entry),
                Scope = Scope(entry),
                SingularResource = entry.SingularName,
                Verbs = [.. entry.Verbs],
                ShortNames = entry.ShortNames is null ? null : [.. entry.ShortNames],
                Categories = entry.Categories is null ? null : [.. entry.Categories],
            };
            resources.Add(resource);
            byName[entry.Name] = resource;
        }

        foreach (var entry in entries.Where(e => e.Name.Contains('/', StringComparison.Ordinal)))
        {
            var slash = entry.Name.IndexOf('/', StringComparison.Ordinal);
            var parentName = entry.Name[..slash];
            if (!byName.TryGetValue(parentName, out var parent))
            {
                // As upstream: a subresource without a listed parent still gets a parent entry,
                // with an empty responseKind rather than none (old client-go panicked on nil).
                parent = new APIResourceDiscovery { Resource = parentName, Scope = Scope(entry), ResponseKind = new() };
                resources.Add(parent);
                byName[parentName] = parent;
            }

            (parent.Subresources ??= []).Add(new APISubresourceDiscovery
            {
                Subresource = entry.Name[(slash + 1)..],
                ResponseKind = Kind(entry),
                Verbs = [.. entry.Verbs],
            });
        }

        return resources;
    }

    private static DiscoveryGroupVersionKind Kind(APIResource entry) =>
        new() { Group = entry.Group ?? "", Version = entry.Version ?? "", Kind = entry.Kind };

    private static string Scope(APIResource entry) =>
        entry.Namespaced ? APIResourceDiscovery.ScopeNamespace : APIResourceDiscovery.ScopeCluster;
}
