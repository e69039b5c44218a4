using Dotkube.ApiServer.Metrics;
using Dotkube.ControlPlane;

namespace Dotkube.Tests.Agent;

public sealed class PrometheusServiceMetricsTests
{
    [Fact]
    public void Proxy_syncs_render_under_kube_proxy_names()
    {
        var registry = new MetricsRegistry();
        var metrics = new PrometheusProxyMetrics(registry);

        metrics.Synced(full: true, TimeSpan.FromMilliseconds(3), new Dictionary<string, int> { ["nat"] = 12, ["filter"] = 4 },
            DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        metrics.Synced(full: false, TimeSpan.FromMilliseconds(1), new Dictionary<string, int> { ["nat"] = 14, ["filter"] = 4 },
            DateTimeOffset.FromUnixTimeSeconds(1_700_000_001));
        metrics.RestoreFailed();

        var text = registry.Render();
        Assert.Contains("kubeproxy_sync_proxy_rules_duration_seconds_count 2\n", text, StringComparison.Ordinal);
        Assert.Contains("kubeproxy_sync_full_proxy_rules_duration_seconds_count 1\n", text, StringComparison.Ordinal);
        Assert.Contains("kubeproxy_sync_partial_proxy_rules_duration_seconds_count 1\n", text, StringComparison.Ordinal);
        Assert.Contains("kubeproxy_sync_proxy_rules_iptables_total{table=\"nat\"} 14\n", text, StringComparison.Ordinal);
        Assert.Contains("kubeproxy_sync_proxy_rules_last_timestamp_seconds 1.700000001e+09\n", text, StringComparison.Ordinal);
        Assert.Contains("kubeproxy_sync_proxy_rules_iptables_restore_failures_total 1\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DNS_queries_render_under_the_names_the_DNS_server_documents()
    {
        var registry = new MetricsRegistry();
        var metrics = new PrometheusDnsMetrics(registry);

        metrics.Served("udp", "A", "cluster.local.", "NOERROR", TimeSpan.FromMilliseconds(0.1));
        metrics.Served("tcp", "SRV", ".", "NXDOMAIN", TimeSpan.FromMilliseconds(2));
        metrics.CacheMiss();
        metrics.CacheHit();
        metrics.CacheHit();

        var text = registry.Render();
        Assert.Contains("dotkube_dns_requests_total{proto=\"udp\",type=\"A\",zone=\"cluster.local.\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("dotkube_dns_responses_total{rcode=\"NXDOMAIN\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("dotkube_dns_request_duration_seconds_bucket{type=\"A\",zone=\"cluster.local.\",le=\"0.00025\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("dotkube_dns_cache_hits_total 2\n", text, StringComparison.Ordinal);
        Assert.Contains("dotkube_dns_cache_misses_total 1\n", text, StringComparison.Ordinal);
    }
}
