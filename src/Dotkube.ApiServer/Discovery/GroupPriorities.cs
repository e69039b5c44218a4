namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// The order kube-apiserver lists groups and versions in: the APIService priorities it registers
/// for built-in groups (DefaultGenericAPIServicePriorities merged with kube-apiserver's own).
/// Groups sort by group priority, highest first, then by name; versions by version priority,
/// then by kube-aware version order. kubectl resolves short names in this order, so it matters.
/// </summary>
internal static class GroupPriorities
{
    /// <summary>Upstream's default for a group it has no entry for (CRD groups): 1000.</summary>
    public const int DefaultGroupPriority = 1000;

    /// <summary>Upstream's default version priority for an unlisted version: 15.</summary>
    public const int DefaultVersionPriority = 15;

    private static readonly Dictionary<string, int> Groups = new(StringComparer.Ordinal)
    {
        [""] = 18000,
        ["apiregistration.k8s.io"] = 18000,
        ["apps"] = 17800,
        ["events.k8s.io"] = 17750,
        ["authentication.k8s.io"] = 17700,
        ["authorization.k8s.io"] = 17600,
        ["autoscaling"] = 17500,
        ["batch"] = 17400,
        ["certificates.k8s.io"] = 17300,
        ["networking.k8s.io"] = 17200,
        ["policy"] = 17100,
        ["rbac.authorization.k8s.io"] = 17000,
        ["storage.k8s.io"] = 16800,
        ["admissionregistration.k8s.io"] = 16700,
        ["apiextensions.k8s.io"] = 16700,
        ["scheduling.k8s.io"] = 16600,
        ["coordination.k8s.io"] = 16500,
        ["node.k8s.io"] = 16300,
        ["discovery.k8s.io"] = 16200,
        ["resource.k8s.io"] = 16200,
        ["flowcontrol.apiserver.k8s.io"] = 16100,
    };

    /// <summary>Only versions whose priority differs from the default: autoscaling/v2 (30) beats v1 (15).</summary>
    private static readonly Dictionary<(string Group, string Version), int> Versions = new()
    {
        [("autoscaling", "v2")] = 30,
        [("events.k8s.io", "v1beta1")] = 5,
        [("authentication.k8s.io", "v1beta1")] = 9,
        [("authentication.k8s.io", "v1alpha1")] = 1,
        [("batch", "v1beta1")] = 9,
        [("networking.k8s.io", "v1beta1")] = 9,
        [("policy", "v1beta1")] = 9,
        [("storage.k8s.io", "v1beta1")] = 9,
        [("storage.k8s.io", "v1alpha1")] = 1,
    };

    public static int Of(string group) => Groups.GetValueOrDefault(group, DefaultGroupPriority);

    public static int Of(string group, string version) => Versions.GetValueOrDefault((group, version), DefaultVersionPriority);

    /// <summary>Orders group names as upstream lists them.</summary>
    public static IEnumerable<string> OrderGroups(IEnumerable<string> groups) =>
        groups.OrderByDescending(Of).ThenBy(g => g, StringComparer.Ordinal);

    /// <summary>Orders one group's versions, preferred first.</summary>
    public static IEnumerable<string> OrderVersions(string group, IEnumerable<string> versions) =>
        versions.OrderByDescending(v => Of(group, v)).ThenBy(v => v, KubeVersionComparer.PreferredFirst);
}
