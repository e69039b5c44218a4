namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// One resource in aggregated discovery, with its subresources nested (the legacy list has them
/// as separate "pods/status" entries). resource, responseKind, scope, singularResource and verbs
/// are written even when empty, as upstream tags them without omitempty.
/// </summary>
public sealed class APIResourceDiscovery
{
    public const string ScopeNamespace = "Namespaced";

    public const string ScopeCluster = "Cluster";

    public string Resource { get; set; } = "";

    public DiscoveryGroupVersionKind? ResponseKind { get; set; }

    public string Scope { get; set; } = "";

    public string SingularResource { get; set; } = "";

    public List<string> Verbs { get; set => field = value ?? []; } = [];

    public List<string>? ShortNames { get; set; }

    public List<string>? Categories { get; set; }

    public List<APISubresourceDiscovery>? Subresources { get; set; }
}
