namespace Dotkube.Proxy;

/// <summary>
/// What the proxy reports; the host renders it on /metrics under kube-proxy's names
/// (<c>kubeproxy_sync_proxy_rules_duration_seconds</c>, <c>kubeproxy_sync_full_proxy_rules_duration_seconds</c>,
/// <c>kubeproxy_sync_partial_proxy_rules_duration_seconds</c>, <c>kubeproxy_sync_proxy_rules_iptables_total{table}</c>,
/// <c>kubeproxy_sync_proxy_rules_last_timestamp_seconds</c>).
/// </summary>
public interface IProxyMetrics
{
    /// <summary>One successful sync: full or partial, how long it took, and the rules now in each table ("nat", "filter").</summary>
    void Synced(bool full, TimeSpan duration, IReadOnlyDictionary<string, int> rulesPerTable, DateTimeOffset at);

    /// <summary>One failed <c>iptables-restore</c> (upstream's <c>kubeproxy_sync_proxy_rules_iptables_restore_failures_total</c>).</summary>
    void RestoreFailed();
}

/// <summary>No metrics.</summary>
public sealed class NullProxyMetrics : IProxyMetrics
{
    public static NullProxyMetrics Instance { get; } = new();

    public void Synced(bool full, TimeSpan duration, IReadOnlyDictionary<string, int> rulesPerTable, DateTimeOffset at)
    {
    }

    public void RestoreFailed()
    {
    }
}
