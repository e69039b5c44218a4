namespace Dotkube.Dns;

/// <summary>
/// Where the DNS server reports what CoreDNS's prometheus and cache plugins count. The host
/// renders them on /metrics as dotkube_dns_requests_total{proto,type,zone},
/// dotkube_dns_responses_total{rcode}, dotkube_dns_request_duration_seconds{type,zone},
/// dotkube_dns_cache_hits_total and dotkube_dns_cache_misses_total (see <see cref="DnsMetricNames"/>).
/// Calls come from many threads at once.
/// </summary>
public interface IDnsMetrics
{
    /// <param name="proto">"udp" or "tcp".</param>
    /// <param name="type">The question's type ("A", "SRV", ...; "other" for the rest).</param>
    /// <param name="zone">"cluster.local." for the cluster zone, "." for forwarded names.</param>
    /// <param name="rcode">The response code's name ("NOERROR", "NXDOMAIN", ...).</param>
    void Served(string proto, string type, string zone, string rcode, TimeSpan duration);

    /// <summary>A forwarded question answered from the cache.</summary>
    void CacheHit();

    /// <summary>A forwarded question the cache did not have.</summary>
    void CacheMiss();
}
