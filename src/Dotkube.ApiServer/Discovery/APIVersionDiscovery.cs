namespace Dotkube.ApiServer.Discovery;

/// <summary>One version of a group in aggregated discovery.</summary>
public sealed class APIVersionDiscovery
{
    /// <summary>Upstream's DiscoveryFreshnessCurrent: the server could build the version's document.</summary>
    public const string FreshnessCurrent = "Current";

    /// <summary>Upstream's DiscoveryFreshnessStale: an aggregated server did not answer; the document is the last one seen.</summary>
    public const string FreshnessStale = "Stale";

    public string Version { get; set; } = "";

    public List<APIResourceDiscovery>? Resources { get; set; }

    public string? Freshness { get; set; }
}
