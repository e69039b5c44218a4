using System.Net;

namespace Dotkube.Controllers;

/// <summary>The controller manager's settings; defaults are upstream's (kube-controller-manager flags) or k3s's where k3s chooses.</summary>
public sealed record ControllerManagerOptions
{
    /// <summary>Controllers not to run, by upstream name (--controllers=-name). Defaults to none.</summary>
    public IReadOnlySet<string> Disabled { get; init; } = new HashSet<string>();

    /// <summary>Pod CIDRs for nodes are cut from this range (--cluster-cidr; k3s default 10.42.0.0/16).</summary>
    public IPNetwork ClusterCidr { get; init; } = IPNetwork.Parse("10.42.0.0/16");

    /// <summary>Prefix length of each node's podCIDR (--node-cidr-mask-size, default 24).</summary>
    public int NodeCidrMaskSize { get; init; } = 24;

    /// <summary>A node whose lease is older than this is Unknown (--node-monitor-grace-period, default 50 s).</summary>
    public TimeSpan NodeMonitorGracePeriod { get; init; } = TimeSpan.FromSeconds(50);

    /// <summary>How often node health is checked (--node-monitor-period, default 5 s).</summary>
    public TimeSpan NodeMonitorPeriod { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Taint-based evictions per second while the zone is healthy (--node-eviction-rate, default 0.1).</summary>
    public double NodeEvictionRate { get; init; } = 0.1;

    /// <summary>Terminated pods kept before pod GC deletes the oldest (--terminated-pod-gc-threshold, default 12500).</summary>
    public int TerminatedPodGcThreshold { get; init; } = 12500;

    /// <summary>PEM of the cluster CA that the kube-root-ca.crt ConfigMap publishes in every namespace.</summary>
    public string RootCaPem { get; init; } = "";

    /// <summary>Workers per controller for the busy ones (--concurrent-*-syncs, upstream default 5).</summary>
    public int ConcurrentSyncs { get; init; } = 5;

    public void Validate()
    {
        if (NodeCidrMaskSize < ClusterCidr.PrefixLength || NodeCidrMaskSize > 30)
            throw new ArgumentException($"node CIDR mask size {NodeCidrMaskSize} does not fit cluster CIDR {ClusterCidr}");
        if (NodeMonitorGracePeriod <= TimeSpan.Zero || NodeMonitorPeriod <= TimeSpan.Zero)
            throw new ArgumentException("node monitor periods must be positive");
        if (NodeEvictionRate <= 0)
            throw new ArgumentException("node eviction rate must be positive");
        if (ConcurrentSyncs < 1)
            throw new ArgumentException("concurrent syncs must be at least 1");
    }
}
