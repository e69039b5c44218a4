using System.Text;

namespace Dotkube.Kubelet.Containerd;

/// <summary>
/// How the agent runs its container runtime: its own containerd (the default, as k3s does) with
/// everything under <see cref="DataDir"/>, or an existing CRI endpoint. Validated at start-up.
/// </summary>
public sealed class ContainerdOptions
{
    /// <summary>unix socket paths are limited to 107 bytes (sun_path); the ttrpc socket adds ".ttrpc".</summary>
    private const int MaxSocketPathBytes = 107 - 6;

    /// <summary>
    /// The agent's data directory (e.g. /var/lib/dotkube/agent). containerd's root, state, socket,
    /// config and our CNI config directory all live under it, so several agents can run side by
    /// side and uninstall knows what to remove. Required.
    /// </summary>
    public string DataDir { get; init; } = "";

    /// <summary>
    /// An existing CRI endpoint (<c>unix:///run/containerd/containerd.sock</c>) to use instead of
    /// our own containerd, as <c>--container-runtime-endpoint</c>. Defaults to none: we supervise our own.
    /// </summary>
    public string? ContainerRuntimeEndpoint { get; init; }

    /// <summary>The containerd binary. Defaults to <c>containerd</c> on PATH (Debian's package: /usr/bin/containerd, 1.6).</summary>
    public string ContainerdPath { get; init; } = "containerd";

    /// <summary>
    /// The pod infra (pause) image every sandbox runs. Defaults to registry.k8s.io/pause:3.10, the
    /// kubelet 1.32 default; dotkube builds and imports an image by that name, so no pull happens.
    /// </summary>
    public string SandboxImage { get; init; } = "registry.k8s.io/pause:3.10";

    /// <summary>Where the CNI plugins are. Defaults to /usr/lib/cni, where Debian's containernetworking-plugins puts them.</summary>
    public string CniBinDir { get; init; } = "/usr/lib/cni";

    /// <summary>
    /// containerd's snapshotter. Defaults to null: overlayfs when an overlay mount works under the
    /// root directory (checked at start), else native (copies; slower but works on any filesystem).
    /// </summary>
    public string? Snapshotter { get; init; }

    /// <summary>
    /// Address of containerd's streaming server (exec, attach, port-forward URLs). Defaults to
    /// 127.0.0.1, as k3s: only the local kubelet proxies to it.
    /// </summary>
    public string StreamServerAddress { get; init; } = "127.0.0.1";

    /// <summary>Its port. Defaults to "0" (any free port), unlike k3s's 10010, so agents can run side by side.</summary>
    public string StreamServerPort { get; init; } = "0";

    /// <summary>How long containerd may take to answer CRI Version after it is started. Defaults to 60 s: a first start on a slow disk initializes its metadata database.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long containerd gets between SIGTERM and SIGKILL on stop. Defaults to 10 s; it usually exits in well under one.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>First delay before restarting a containerd that died; doubles per crash. Defaults to 1 s: the node is useless without it.</summary>
    public TimeSpan RestartBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap of the restart delay. Defaults to 30 s. The backoff resets after a run of <see cref="StableRunTime"/>.</summary>
    public TimeSpan MaxRestartBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A run this long counts as healthy and resets the restart backoff. Defaults to 60 s.</summary>
    public TimeSpan StableRunTime { get; init; } = TimeSpan.FromSeconds(60);

    internal string ConfigFile => Path.Combine(DataDir, "etc", "containerd", "config.toml");

    /// <summary>containerd's root (content, snapshots, metadata); what is kept beside it goes when containerd's store is wiped.</summary>
    public string RootDir => Path.Combine(DataDir, "containerd");

    /// <summary>containerd's state (sockets, task bundles). Under the data dir rather than /run so agents never share it.</summary>
    internal string StateDir => Path.Combine(DataDir, "run", "containerd");

    /// <summary>The socket our containerd serves CRI (and its native API) on.</summary>
    public string Socket => Path.Combine(StateDir, "containerd.sock");

    /// <summary>containerd's CNI config directory, where the agent writes the pod network's conflist (<see cref="Network.CniConfig"/>).</summary>
    public string CniConfDir => Path.Combine(DataDir, "etc", "cni", "net.d");

    /// <summary>host-local IPAM's allocation state for this agent's pods, so it never collides with another agent's.</summary>
    public string CniIpamDataDir => Path.Combine(DataDir, "cni", "networks");

    /// <summary>runc's state, instead of its /run/containerd/runc default, so it too stays under the data dir.</summary>
    internal string RuncRoot => Path.Combine(DataDir, "run", "runc");

    /// <summary>The pid of the containerd we started, so a restarted agent can stop one its predecessor left behind.</summary>
    internal string PidFile => Path.Combine(DataDir, "run", "containerd.pid");

    internal void Validate()
    {
        if (ContainerRuntimeEndpoint is not null)
        {
            return;
        }

        if (string.IsNullOrEmpty(DataDir) || !Path.IsPathFullyQualified(DataDir))
        {
            throw new ArgumentException($"the agent data dir must be an absolute path, got '{DataDir}'", nameof(DataDir));
        }

        if (Encoding.UTF8.GetByteCount(Socket) > MaxSocketPathBytes)
        {
            throw new ArgumentException($"the containerd socket path '{Socket}' is too long for a unix socket: use a shorter data dir", nameof(DataDir));
        }

        if (string.IsNullOrEmpty(SandboxImage))
        {
            throw new ArgumentException("a sandbox (pause) image is required", nameof(SandboxImage));
        }

        foreach (var (name, value) in new[] { (nameof(StartTimeout), StartTimeout), (nameof(StopTimeout), StopTimeout),
                     (nameof(RestartBackoff), RestartBackoff), (nameof(MaxRestartBackoff), MaxRestartBackoff) })
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentException($"{name} must be positive, got {value}", name);
            }
        }
    }
}
