using Dotkube.Api.Schema;

namespace Dotkube.ApiServer.Registry;

/// <summary>
/// Storage keys laid out as kube-apiserver lays them out in etcd, so an etcd shared with
/// upstream tooling reads naturally: <c>/registry/pods/default/web</c>,
/// <c>/registry/minions/node1</c>, <c>/registry/services/specs/default/kubernetes</c>.
/// </summary>
public static class ResourceKeys
{
    public const string Root = "/registry/";

    // Upstream's historical storage prefixes that differ from the resource name.
    private static readonly Dictionary<(string Group, string Resource), string> Overrides = new()
    {
        [("", "nodes")] = "minions",
        [("", "services")] = "services/specs",
        [("", "endpoints")] = "services/endpoints",
        [("", "replicationcontrollers")] = "controllers",
        [("networking.k8s.io", "ingresses")] = "ingress",
        [("apiextensions.k8s.io", "customresourcedefinitions")] = "apiextensions.k8s.io/customresourcedefinitions",
    };

    // Upstream stores one copy per resource and converts between versions. Until conversion
    // lands these secondary versions keep their own copies under a version-qualified prefix,
    // so one version's bytes are never decoded as the other's.
    private static readonly HashSet<(string Group, string Version, string Resource)> SeparateCopies =
    [
        ("events.k8s.io", "v1", "events"),
        ("autoscaling", "v1", "horizontalpodautoscalers"),
    ];

    /// <summary>The prefix every object of the resource lives under, ending in '/'.</summary>
    public static string ResourcePrefix(ResourceInfo resource)
    {
        if (SeparateCopies.Contains((resource.Group, resource.Version, resource.Plural)))
        {
            return $"{Root}{resource.Group}/{resource.Version}/{resource.Plural}/";
        }

        return Overrides.TryGetValue((resource.Group, resource.Plural), out var prefix)
            ? $"{Root}{prefix}/"
            : $"{Root}{resource.Plural}/";
    }

    /// <summary>The prefix of a list: one namespace, or everything when <paramref name="ns"/> is empty.</summary>
    public static string ListPrefix(ResourceInfo resource, string ns) =>
        resource.Namespaced && ns.Length > 0 ? $"{ResourcePrefix(resource)}{ns}/" : ResourcePrefix(resource);

    public static string Key(ResourceInfo resource, string ns, string name) =>
        resource.Namespaced ? $"{ResourcePrefix(resource)}{ns}/{name}" : $"{ResourcePrefix(resource)}{name}";
}
