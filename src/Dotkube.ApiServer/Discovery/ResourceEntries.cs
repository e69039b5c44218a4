using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// The legacy discovery entries of one group version, as upstream's APIInstaller builds them:
/// one per resource and one per "resource/subresource", sorted by that name; verbs sorted;
/// singularName only on resources; shortNames, categories and storageVersionHash left out when
/// empty (omitempty).
/// </summary>
internal static class ResourceEntries
{
    public static List<APIResource> Build(IEnumerable<ResourceInfo> resources)
    {
        var entries = new List<APIResource>();
        foreach (var resource in resources)
        {
            entries.Add(new APIResource
            {
                Name = resource.Plural,
                SingularName = resource.Singular,
                Namespaced = resource.Namespaced,
                Kind = resource.Kind,
                Verbs = Sorted(resource.Verbs),
                ShortNames = NullIfEmpty(resource.ShortNames),
                Categories = NullIfEmpty(resource.Categories),
                StorageVersionHash = StorageVersionHash.For(resource),
            });
            foreach (var subresource in resource.Subresources)
            {
                var kind = SubresourceKind.Of(resource, subresource);
                entries.Add(new APIResource
                {
                    Name = resource.Plural + "/" + subresource,
                    Namespaced = resource.Namespaced,
                    Group = kind.Group,
                    Version = kind.Version,
                    Kind = kind.Kind,
                    Verbs = Sorted(kind.Verbs),
                });
            }
        }

        // Upstream installs storage paths in sort.Strings order; '/' sorts before letters, so
        // "pods/status" follows "pods" and precedes "podtemplates".
        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return entries;
    }

    private static List<string> Sorted(IEnumerable<string> verbs) => verbs.Order(StringComparer.Ordinal).ToList();

    private static List<string>? NullIfEmpty(IReadOnlyList<string> values) => values.Count == 0 ? null : [.. values];
}
