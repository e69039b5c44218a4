namespace Dotkube.Dns;

/// <summary>The metric names of <see cref="IDnsMetrics"/>, after CoreDNS's coredns_dns_* and coredns_cache_*.
/// The duration histogram should use CoreDNS's buckets: 0.25 ms doubling, 16 of them.</summary>
public static class DnsMetricNames
{
    public const string Requests = "dotkube_dns_requests_total";
    public const string Responses = "dotkube_dns_responses_total";
    public const string RequestDuration = "dotkube_dns_request_duration_seconds";
    public const string CacheHits = "dotkube_dns_cache_hits_total";
    public const string CacheMisses = "dotkube_dns_cache_misses_total";
}
