using System.Net;

namespace Dotkube.Proxy;

/// <summary>Settings of <see cref="ServiceProxy"/>; defaults as kube-proxy's iptables mode.</summary>
public sealed class ProxyOptions
{
    /// <summary>This node's name: endpoints on it are the local ones (externalTrafficPolicy Local).</summary>
    public string NodeName { get; init; } = "";

    /// <summary>This node's IPv4 addresses; NodePorts answer on every local address (<c>--dst-type LOCAL</c>) whatever this list says.</summary>
    public IReadOnlyList<IPAddress> NodeIPs { get; init; } = [];

    /// <summary>
    /// The pod network: traffic to a cluster IP from outside it is masqueraded, as upstream's
    /// <c>--cluster-cidr</c> local detector. Defaults to 10.42.0.0/16, the k3s pod network we use.
    /// </summary>
    public string ClusterCidr { get; init; } = "10.42.0.0/16";

    /// <summary>Defaults to 1 h, as upstream's iptables <c>syncPeriod</c>: how often every rule is rewritten even without changes.</summary>
    public TimeSpan SyncPeriod { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Defaults to 1 s, as upstream's iptables <c>minSyncPeriod</c>: bursts of changes within it are applied by one sync.</summary>
    public TimeSpan MinSyncPeriod { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Defaults to 14 (mark 0x4000), as upstream's <c>masqueradeBit</c>: the fwmark bit that asks KUBE-POSTROUTING to masquerade.</summary>
    public int MasqueradeBit { get; init; } = 14;

    /// <summary>
    /// Prepended to every iptables, iptables-save/-restore and conntrack command, e.g.
    /// <c>["ip", "netns", "exec", "NS"]</c>: tests apply the rules inside their own network namespace.
    /// </summary>
    public IReadOnlyList<string> CommandPrefix { get; init; } = [];

    public IProxyMetrics Metrics { get; init; } = NullProxyMetrics.Instance;

    public void Validate()
    {
        if (!IPNetwork.TryParse(ClusterCidr, out var cidr) || cidr.BaseAddress.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork)
            throw new ArgumentException($"ClusterCidr \"{ClusterCidr}\" is not an IPv4 CIDR");
        if (SyncPeriod <= TimeSpan.Zero || MinSyncPeriod < TimeSpan.Zero || MinSyncPeriod > SyncPeriod)
            throw new ArgumentException("SyncPeriod must be positive and MinSyncPeriod between 0 and SyncPeriod");
        if (MasqueradeBit is < 0 or > 31)
            throw new ArgumentException("MasqueradeBit must be in [0, 31]");
    }
}
