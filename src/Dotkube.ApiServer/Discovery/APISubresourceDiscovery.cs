namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// One subresource ("status", "scale", "exec") of a resource in aggregated discovery. Upstream
/// never fills acceptedTypes for built-in resources; it is here for CRD-style subresources.
/// </summary>
public sealed class APISubresourceDiscovery
{
    public string Subresource { get; set; } = "";

    public DiscoveryGroupVersionKind? ResponseKind { get; set; }

    public List<DiscoveryGroupVersionKind>? AcceptedTypes { get; set; }

    public List<string> Verbs { get; set => field = value ?? []; } = [];
}
