namespace Dotkube.ApiServer.Security.ServiceAccounts;

/// <summary>Upstream's service-account user naming (k8s.io/apiserver/pkg/authentication/serviceaccount).</summary>
public static class ServiceAccountNames
{
    public const string UsernamePrefix = "system:serviceaccount:";

    /// <summary>Every service account is in this group, and in <c>system:serviceaccounts:&lt;namespace&gt;</c>.</summary>
    public const string AllGroup = "system:serviceaccounts";

    /// <summary>User extra keys for the pod (and its node) a token is bound to.</summary>
    public const string PodNameKey = "authentication.kubernetes.io/pod-name";
    public const string PodUidKey = "authentication.kubernetes.io/pod-uid";
    public const string NodeNameKey = "authentication.kubernetes.io/node-name";
    public const string NodeUidKey = "authentication.kubernetes.io/node-uid";

    public static string Username(string ns, string name) => $"{UsernamePrefix}{ns}:{name}";

    public static IReadOnlyList<string> Groups(string ns) => [AllGroup, $"{AllGroup}:{ns}"];
}
