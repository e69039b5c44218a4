using System.Net;
using Dotkube.Dns;
using Dotkube.Kubelet.Server;
using Dotkube.Proxy;

namespace Dotkube.Agent;

/// <summary>The node agent's flags, shared by <c>dotkube server</c> (in-process agent) and <c>dotkube agent</c>.</summary>
public sealed class AgentOptions
{
    /// <summary>The environment variable the ./dotkube launcher sets to its built-in images (artifacts/images).</summary>
    public const string ImagesDirVariable = "DOTKUBE_IMAGES_DIR";

    /// <summary>The dotkube data dir; the agent keeps everything under <c>DATA_DIR/agent</c>, as k3s. Required, absolute.</summary>
    public string DataDir { get; init; } = "";

    /// <summary>The Node's name, lowercased. Required.</summary>
    public string NodeName { get; init; } = "";

    /// <summary>True inside <c>dotkube server</c>: the node gets the control-plane role labels.</summary>
    public bool ControlPlane { get; init; }

    /// <summary>An existing CRI endpoint instead of our own containerd (then no images are imported: that runtime is not ours).</summary>
    public string? ContainerRuntimeEndpoint { get; init; }

    /// <summary>
    /// Directories of image tarballs imported besides <see cref="ImagesDir"/>. The launcher passes
    /// its freshly built images (artifacts/images) through <see cref="ImagesDirVariable"/>, so
    /// `./dotkube server` has busybox and pause without copying them into the data dir.
    /// </summary>
    public IReadOnlyList<string> ExtraImageDirs { get; init; } = [];

    /// <summary>
    /// The kubelet API (logs; later exec and stats): its port and credentials. Null runs no kubelet
    /// API, as for <c>dotkube agent --kubeconfig</c>, which has no certificate signed by the cluster yet.
    /// </summary>
    public KubeletServerOptions? KubeletServer { get; init; }

    /// <summary>
    /// The pod network, which the service proxy treats as in-cluster traffic (kube-proxy's --cluster-cidr).
    /// Defaults to 10.42.0.0/16, k3s's; <c>dotkube server</c> passes its --cluster-cidr.
    /// </summary>
    public string ClusterCidr { get; init; } = "10.42.0.0/16";

    /// <summary>The kube-dns Service's address pods get as their nameserver (the kubelet's --cluster-dns). Defaults to 10.43.0.10, k3s's.</summary>
    public IPAddress ClusterDnsIp { get; init; } = ClusterDnsObjects.DefaultIp;

    /// <summary>Run the cluster DNS server on the node address and publish it in kube-dns's endpoints. False with <c>--disable dns</c>.</summary>
    public bool ClusterDns { get; init; } = true;

    /// <summary>Run the service proxy (kube-proxy's iptables mode). False with <c>--disable-kube-proxy</c>.</summary>
    public bool KubeProxy { get; init; } = true;

    /// <summary>Where the proxy reports its syncs; null when there is no metrics registry (<c>dotkube agent</c> alone).</summary>
    public IProxyMetrics? ProxyMetrics { get; init; }

    /// <summary>Where the DNS server counts queries; null when there is no metrics registry.</summary>
    public IDnsMetrics? DnsMetrics { get; init; }

    public string AgentDir => Path.Combine(DataDir, "agent");

    /// <summary><c>DATA_DIR/agent/images</c>: every tarball dropped here is imported, at start and when it appears (as k3s's airgap images).</summary>
    public string ImagesDir => Path.Combine(AgentDir, "images");

    /// <summary>--node-name if given, else the host name; lowercased as upstream's kubelet does.</summary>
    public static string NodeNameOrHost(string? nodeName) =>
        (string.IsNullOrWhiteSpace(nodeName) ? Environment.MachineName : nodeName).Trim().ToLowerInvariant();

    /// <summary>The --images-dir default: the launcher's variable when set.</summary>
    public static string? DefaultExtraImagesDir() =>
        Environment.GetEnvironmentVariable(ImagesDirVariable) is { Length: > 0 } dir ? dir : null;
}
