namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PodDNSConfig: merged into the resolv.conf the dnsPolicy generates.</summary>
public sealed class PodDNSConfig
{
    public List<string>? Nameservers { get; set; }

    public List<string>? Searches { get; set; }

    public List<PodDNSConfigOption>? Options { get; set; }
}
