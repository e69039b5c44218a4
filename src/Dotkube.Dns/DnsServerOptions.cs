using System.Net;

namespace Dotkube.Dns;

/// <summary>Settings of the cluster DNS server; <see cref="Validate"/> runs at start-up.</summary>
public sealed class DnsServerOptions
{
    /// <summary>Where to listen. Defaults to every IPv4 address, so pods reach it through the node's bridge address.</summary>
    public IPAddress Address { get; set; } = IPAddress.Any;

    /// <summary>UDP and TCP port. Defaults to 53, the DNS port; 0 picks a free one (tests), the same for both protocols.</summary>
    public int Port { get; set; } = 53;

    /// <summary>The cluster domain served. Defaults to "cluster.local", as the kubelet's --cluster-domain.</summary>
    public string ClusterDomain { get; set; } = "cluster.local";

    /// <summary>TTL of the cluster records. Defaults to 5 s, as CoreDNS's kubernetes plugin.</summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Resolvers for every other name; null reads the nameservers of <see cref="ResolvConfPath"/>.</summary>
    public IReadOnlyList<IPEndPoint>? Upstreams { get; set; }

    /// <summary>
    /// Defaults to /etc/resolv.conf, as CoreDNS's "forward . /etc/resolv.conf"; loopback
    /// nameservers are skipped, and when none is left systemd-resolved's upstream list is read.
    /// </summary>
    public string ResolvConfPath { get; set; } = "/etc/resolv.conf";

    /// <summary>How long one upstream has to answer before the next is tried. Defaults to 2 s, CoreDNS forward's read timeout.</summary>
    public TimeSpan UpstreamTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Forwarded answers kept. Defaults to 9984, CoreDNS cache's capacity.</summary>
    public int CacheCapacity { get; set; } = 9984;

    /// <summary>Longest a forwarded answer is cached. Defaults to 3600 s, CoreDNS cache's maximum for successes.</summary>
    public TimeSpan CacheMaxTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Longest a forwarded denial (NXDOMAIN, NODATA) is cached. Defaults to 1800 s, CoreDNS cache's maximum for denials.</summary>
    public TimeSpan CacheMaxNegativeTtl { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A TCP connection idle this long is closed. Defaults to 10 s, CoreDNS's (miekg/dns) idle timeout.</summary>
    public TimeSpan TcpIdleTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Where requests, responses, latency and cache use are counted; null counts nothing.</summary>
    public IDnsMetrics? Metrics { get; set; }

    /// <summary>The zone as an absolute lower-case name: "cluster.local.".</summary>
    internal string Zone => Protocol.DnsName.Absolute(ClusterDomain.Trim().TrimEnd('.').ToLowerInvariant());

    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Address);
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentException($"DNS port {Port} is out of range");
        }

        var domain = ClusterDomain?.Trim().TrimEnd('.') ?? "";
        if (domain.Length == 0 || domain.Split('.').Any(l => l.Length is 0 or > 63))
        {
            throw new ArgumentException($"cluster domain \"{ClusterDomain}\" is not a domain name");
        }

        if (Ttl < TimeSpan.Zero || Ttl > TimeSpan.FromHours(1) || UpstreamTimeout <= TimeSpan.Zero || TcpIdleTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("DNS TTL must be 0 to 3600 s and the timeouts positive");
        }

        if (CacheCapacity < 0 || CacheMaxTtl < TimeSpan.Zero || CacheMaxNegativeTtl < TimeSpan.Zero)
        {
            throw new ArgumentException("DNS cache capacity and TTLs must not be negative");
        }
    }
}
