using Dotkube.Api;

namespace Dotkube.Kubelet.Node;

/// <summary>How the agent registers and reports its Node. Validated at start-up.</summary>
public sealed class NodeOptions
{
    /// <summary>The Node's name: --node-name, else the host name, lowercased as upstream's kubelet does. Required.</summary>
    public string NodeName { get; init; } = "";

    /// <summary>
    /// The agent's data dir: ephemeral-storage capacity is the size of the filesystem holding it
    /// (upstream measures the kubelet root dir's filesystem). Required.
    /// </summary>
    public string DataDir { get; init; } = "";

    /// <summary>Set when the agent runs inside <c>dotkube server</c>: adds k3s's control-plane and master role labels.</summary>
    public bool ControlPlane { get; init; }

    /// <summary>
    /// The kubelet API's port, advertised in daemonEndpoints for the API server's proxy. Defaults to
    /// 10250, as upstream's --port; the agent sets the port its server actually bound.
    /// </summary>
    public int KubeletPort { get; init; } = 10250;

    /// <summary>Defaults to 110, the kubelet's --max-pods.</summary>
    public int MaxPods { get; init; } = 110;

    /// <summary>Defaults to 40 s, the kubelet's nodeLeaseDurationSeconds.</summary>
    public int LeaseDurationSeconds { get; init; } = 40;

    /// <summary>Defaults to 10 s: upstream renews every quarter of the lease duration.</summary>
    public TimeSpan LeaseRenewInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the status is computed (and posted if changed). Defaults to 10 s, the kubelet's nodeStatusUpdateFrequency.</summary>
    public TimeSpan StatusUpdateFrequency { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>An unchanged status is still posted this often. Defaults to 5 min, the kubelet's nodeStatusReportFrequency.</summary>
    public TimeSpan StatusReportFrequency { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Until the node is first Ready its status is checked this often. Defaults to 1 s, in the spirit
    /// of upstream's fast start-up status updates (100 ms there, but each pass here costs CRI calls).
    /// </summary>
    public TimeSpan StartupStatusFrequency { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often CRI Status is asked for runtime and network readiness. Defaults to 5 s, as upstream's updateRuntimeUp.</summary>
    public TimeSpan RuntimeCheckFrequency { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>With no successful CRI Status for this long the runtime counts as down. Defaults to 30 s, as upstream's maxWaitForContainerRuntime.</summary>
    public TimeSpan RuntimeSyncThreshold { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Defaults to 50, the kubelet's nodeStatusMaxImages.</summary>
    public int MaxImages { get; init; } = 50;

    /// <summary>Defaults to the Kubernetes version the API server reports, which this kubelet implements.</summary>
    public string KubeletVersion { get; init; } = KubeVersion.GitVersion;

    /// <summary>Where /proc, /sys and /etc are read. Defaults to the host's.</summary>
    public HostFiles HostFiles { get; init; } = HostFiles.Host;

    public void Validate()
    {
        if (string.IsNullOrEmpty(NodeName) || NodeName.Length > 253 || NodeName != NodeName.ToLowerInvariant()
            || !NodeName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.')
            || !char.IsAsciiLetterOrDigit(NodeName[0]) || !char.IsAsciiLetterOrDigit(NodeName[^1]))
        {
            throw new ArgumentException($"the node name must be a lowercase DNS subdomain, got '{NodeName}'", nameof(NodeName));
        }

        if (string.IsNullOrEmpty(DataDir) || !Path.IsPathFullyQualified(DataDir))
        {
            throw new ArgumentException($"the agent data dir must be an absolute path, got '{DataDir}'", nameof(DataDir));
        }

        foreach (var (name, value) in new[] { (nameof(LeaseRenewInterval), LeaseRenewInterval), (nameof(StatusUpdateFrequency), StatusUpdateFrequency),
                     (nameof(StatusReportFrequency), StatusReportFrequency), (nameof(StartupStatusFrequency), StartupStatusFrequency),
                     (nameof(RuntimeCheckFrequency), RuntimeCheckFrequency), (nameof(RuntimeSyncThreshold), RuntimeSyncThreshold) })
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentException($"{name} must be positive, got {value}", name);
            }
        }

        if (MaxPods <= 0 || LeaseDurationSeconds <= 0)
        {
            throw new ArgumentException("MaxPods and LeaseDurationSeconds must be positive");
        }
    }
}
