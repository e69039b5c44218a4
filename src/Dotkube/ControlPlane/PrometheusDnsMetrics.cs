using Dotkube.ApiServer.Metrics;
using Dotkube.Dns;

namespace Dotkube.ControlPlane;

/// <summary>The in-process agent's cluster DNS metrics on the server's /metrics, after CoreDNS's (see <see cref="DnsMetricNames"/>).</summary>
public sealed class PrometheusDnsMetrics(MetricsRegistry registry) : IDnsMetrics
{
    private readonly MetricFamily<Counter> _requests = registry.Counter(DnsMetricNames.Requests,
        "Counter of DNS requests made per zone, protocol and type.", "proto", "type", "zone");

    private readonly MetricFamily<Counter> _responses = registry.Counter(DnsMetricNames.Responses,
        "Counter of response status codes.", "rcode");

    // CoreDNS's request duration buckets: 0.25 ms doubling, 16 of them.
    private readonly MetricFamily<Histogram> _duration = registry.Histogram(DnsMetricNames.RequestDuration,
        "Histogram of the time (in seconds) each request took per zone.", MetricsRegistry.ExponentialBuckets(0.00025, 2, 16), "type", "zone");

    private readonly MetricFamily<Counter> _hits = registry.Counter(DnsMetricNames.CacheHits, "The count of cache hits.");

    private readonly MetricFamily<Counter> _misses = registry.Counter(DnsMetricNames.CacheMisses, "The count of cache misses.");

    public void Served(string proto, string type, string zone, string rcode, TimeSpan duration)
    {
        _requests.WithLabels(proto, type, zone).Inc();
        _responses.WithLabels(rcode).Inc();
        _duration.WithLabels(type, zone).Observe(duration);
    }

    public void CacheHit() => _hits.WithLabels().Inc();

    public void CacheMiss() => _misses.WithLabels().Inc();
}
