using System.Security.Cryptography;
using System.Text;
using Dotkube.Api.Schema;

namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// discovery.StorageVersionHash: base64 of the first 8 bytes of SHA-256 over
/// "group/version/Kind" of the version a resource is stored in. Clients (the storage version
/// migrator) compare it across servers, so it must equal upstream's byte for byte.
/// </summary>
public static class StorageVersionHash
{
    /// <summary>
    /// Resources whose storage version is not the one they are served in, as kube-apiserver
    /// stores them: every HPA version as autoscaling/v2, events.k8s.io Events as core v1 Events
    /// (the two share one storage), and CRDs still as apiextensions.k8s.io/v1beta1, the
    /// apiextensions-apiserver's storage version ("jfWCUB31mvA=" on every real cluster).
    /// </summary>
    private static readonly Dictionary<(string Group, string Plural), GroupVersionKind> StorageVersions = new()
    {
        [("autoscaling", "horizontalpodautoscalers")] = new("autoscaling", "v2", "HorizontalPodAutoscaler"),
        [("events.k8s.io", "events")] = new("", "v1", "Event"),
        [("apiextensions.k8s.io", "customresourcedefinitions")] = new("apiextensions.k8s.io", "v1beta1", "CustomResourceDefinition"),
    };

    public static string Compute(string group, string version, string kind)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{group}/{version}/{kind}"), hash);
        return Convert.ToBase64String(hash[..8]);
    }

    /// <summary>
    /// Null for resources with no storage (reviews, bindings): upstream leaves the hash out for
    /// them. "watch" is the tell, since only stored resources can be watched.
    /// </summary>
    public static string? For(ResourceInfo resource)
    {
        if (!resource.HasVerb("watch"))
        {
            return null;
        }

        var storage = StorageVersions.GetValueOrDefault((resource.Group, resource.Plural), resource.Gvk);
        return Compute(storage.Group, storage.Version, storage.Kind);
    }
}
