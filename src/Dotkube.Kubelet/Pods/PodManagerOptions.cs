using Dotkube.Api.Values;

namespace Dotkube.Kubelet.Pods;

/// <summary>How the <see cref="PodManager"/> of one node runs pods; validated at start.</summary>
public sealed class PodManagerOptions
{
    /// <summary>The node whose pods (spec.nodeName) this manager runs. Required.</summary>
    public string NodeName { get; init; } = "";

    /// <summary>The node's InternalIP addresses, reported as each pod's hostIP/hostIPs (and podIP of hostNetwork pods). Required.</summary>
    public IReadOnlyList<string> NodeIPs { get; init; } = [];

    /// <summary>Defaults to /var/log/pods, as upstream: CRI log files go to &lt;root&gt;/&lt;ns&gt;_&lt;pod&gt;_&lt;uid&gt;/&lt;container&gt;/&lt;n&gt;.log.</summary>
    public string PodLogsRoot { get; init; } = "/var/log/pods";

    /// <summary>Defaults to 10.43.0.10, the k3s cluster DNS address (the kubelet's --cluster-dns).</summary>
    public string ClusterDns { get; init; } = "10.43.0.10";

    /// <summary>Defaults to cluster.local, as upstream's --cluster-domain in k3s.</summary>
    public string ClusterDomain { get; init; } = "cluster.local";

    /// <summary>Defaults to /etc/resolv.conf, as the kubelet's --resolv-conf: what dnsPolicy Default pods get.</summary>
    public string ResolvConf { get; init; } = "/etc/resolv.conf";

    /// <summary>Defaults to /kubepods, the cgroupfs root of the kubelet's QoS hierarchy (kubepods/burstable/pod&lt;uid&gt;).</summary>
    public string CgroupRoot { get; init; } = "/kubepods";

    /// <summary>Defaults to 1 s, as upstream's PLEG relist period: how soon a container that exited is noticed.</summary>
    public TimeSpan RelistPeriod { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Defaults to 64. Upstream runs one goroutine per pod; we run pod syncs on this many workers,
    /// one pod never on two at once. A sync waits for the runtime (a graceful stop waits up to the
    /// grace period), so the pool is large enough that a few slow pods do not hold up the rest.
    /// </summary>
    public int Workers { get; init; } = 64;

    /// <summary>Defaults to 10 s, as upstream's CrashLoopBackOff and image pull back-off start.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Defaults to 5 min, as upstream's MaxContainerBackOff; a container running twice this long has its back-off reset.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Defaults to 30 s, as upstream's default terminationGracePeriodSeconds, for pods that set none.</summary>
    public long DefaultGracePeriodSeconds { get; init; } = 30;

    /// <summary>Memory the node has, for the oom_score_adj of Burstable containers. Defaults to what the process sees.</summary>
    public long NodeMemoryBytes { get; init; } = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>Defaults to /var/lib/kubelet, as upstream's --root-dir: pod volumes live under &lt;root&gt;/pods/&lt;uid&gt;/volumes.</summary>
    public string KubeletRoot { get; init; } = "/var/lib/kubelet";

    /// <summary>
    /// Defaults to 1 min, as upstream's --sync-frequency: how often a pod with configMap, secret,
    /// downwardAPI or projected volumes is synced again without a change, which is when those files
    /// follow their objects (upstream's "within a minute or so").
    /// </summary>
    public TimeSpan SyncFrequency { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>CPUs the node offers: the cpu limit a resourceFieldRef reads for a container without one, as upstream's node allocatable. Defaults to what the process sees.</summary>
    public int NodeCpuCount { get; init; } = Environment.ProcessorCount;

    /// <summary>The node's allocatable cpu and memory (upstream defaults missing limits in the downward API to these).</summary>
    public IReadOnlyDictionary<string, Quantity> Allocatable() => new Dictionary<string, Quantity>(StringComparer.Ordinal)
    {
        ["cpu"] = Quantity.FromInt64(NodeCpuCount),
        ["memory"] = Quantity.FromInt64(NodeMemoryBytes, QuantityFormat.BinarySI),
    };

    public void Validate()
    {
        if (string.IsNullOrEmpty(NodeName))
            throw new ArgumentException("a node name is required", nameof(NodeName));
        if (NodeIPs.Count == 0)
            throw new ArgumentException("the node's InternalIP is required", nameof(NodeIPs));
        if (RelistPeriod <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(RelistPeriod), RelistPeriod, "The relist period must be positive.");
        if (Workers < 1)
            throw new ArgumentOutOfRangeException(nameof(Workers), Workers, "At least one pod worker is needed.");
        if (InitialBackoff <= TimeSpan.Zero || MaxBackoff < InitialBackoff)
            throw new ArgumentOutOfRangeException(nameof(MaxBackoff), MaxBackoff, "Back-off needs 0 < InitialBackoff <= MaxBackoff.");
        if (!Path.IsPathRooted(KubeletRoot))
            throw new ArgumentException($"the kubelet root must be absolute, got {KubeletRoot}", nameof(KubeletRoot));
        if (SyncFrequency <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(SyncFrequency), SyncFrequency, "The sync frequency must be positive.");
        if (!Path.IsPathRooted(PodLogsRoot))
            throw new ArgumentException($"the pod logs root must be absolute, got {PodLogsRoot}", nameof(PodLogsRoot));
    }
}
