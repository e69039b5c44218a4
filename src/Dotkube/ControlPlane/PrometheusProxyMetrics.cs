using Dotkube.ApiServer.Metrics;
using Dotkube.Proxy;

namespace Dotkube.ControlPlane;

/// <summary>The in-process agent's service proxy metrics on the server's /metrics, under kube-proxy's names.</summary>
public sealed class PrometheusProxyMetrics(MetricsRegistry registry) : IProxyMetrics
{
    // kube-proxy's buckets for every sync duration: 1 ms doubling, 15 of them.
    private static readonly double[] Buckets = MetricsRegistry.ExponentialBuckets(0.001, 2, 15);

    private readonly MetricFamily<Histogram> _duration = registry.Histogram("kubeproxy_sync_proxy_rules_duration_seconds",
        "SyncProxyRules latency in seconds", Buckets);

    private readonly MetricFamily<Histogram> _full = registry.Histogram("kubeproxy_sync_full_proxy_rules_duration_seconds",
        "SyncProxyRules latency in seconds for full resyncs", Buckets);

    private readonly MetricFamily<Histogram> _partial = registry.Histogram("kubeproxy_sync_partial_proxy_rules_duration_seconds",
        "SyncProxyRules latency in seconds for partial resyncs", Buckets);

    private readonly MetricFamily<Gauge> _rules = registry.Gauge("kubeproxy_sync_proxy_rules_iptables_total",
        "Total number of iptables rules owned by kube-proxy", "table");

    private readonly MetricFamily<Gauge> _last = registry.Gauge("kubeproxy_sync_proxy_rules_last_timestamp_seconds",
        "The last time proxy rules were successfully synced");

    private readonly MetricFamily<Counter> _restoreFailures = registry.Counter("kubeproxy_sync_proxy_rules_iptables_restore_failures_total",
        "Cumulative proxy iptables restore failures");

    public void Synced(bool full, TimeSpan duration, IReadOnlyDictionary<string, int> rulesPerTable, DateTimeOffset at)
    {
        _duration.WithLabels().Observe(duration);
        (full ? _full : _partial).WithLabels().Observe(duration);
        foreach (var (table, count) in rulesPerTable)
        {
            _rules.WithLabels(table).Set(count);
        }

        _last.WithLabels().Set(at.ToUnixTimeMilliseconds() / 1000.0);
    }

    public void RestoreFailed() => _restoreFailures.WithLabels().Inc();
}
