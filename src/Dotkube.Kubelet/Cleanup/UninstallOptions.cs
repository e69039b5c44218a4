using Dotkube.Kubelet.Containerd;

namespace Dotkube.Kubelet.Cleanup;

/// <summary>What <see cref="Uninstaller"/> cleans up and how long it waits; validated before anything is touched.</summary>
public sealed class UninstallOptions
{
    /// <summary>The dotkube data dir whose server, agent, containerd, pods and network are cleaned up (the agent's under DATA_DIR/agent). Required, absolute.</summary>
    public string DataDir { get; init; } = "";

    /// <summary>
    /// The data dir a <c>dotkube server</c>/<c>agent</c> started without --data-dir uses, so such
    /// a process is recognised as this data dir's. Defaults to /var/lib/dotkube, the server's default.
    /// </summary>
    public string DefaultDataDir { get; init; } = "/var/lib/dotkube";

    /// <summary>
    /// Also delete <see cref="DataDir"/> (database, certificates, images). Defaults to false: as
    /// k3s-killall, a plain uninstall stops and cleans up but keeps the data, so a server started
    /// again finds its cluster; k3s-uninstall's removal takes an explicit --data-dir.
    /// </summary>
    public bool RemoveDataDir { get; init; }

    /// <summary>Defaults to /var/log/pods, as <see cref="Pods.PodManagerOptions.PodLogsRoot"/>: only our pods' directories in it are removed.</summary>
    public string PodLogsRoot { get; init; } = "/var/log/pods";

    /// <summary>Defaults to /var/lib/kubelet/pods, upstream's pod volume root: only our pods' directories in it are unmounted and removed.</summary>
    public string KubeletPodsDir { get; init; } = "/var/lib/kubelet/pods";

    /// <summary>
    /// Chains removed whole, with every rule jumping to them, as k3s-killall does. Defaults to KUBE-
    /// (the proxy's chains), only while no other dotkube server or agent runs on this host.
    /// </summary>
    public IReadOnlyList<string> ChainPrefixes { get; init; } = ["KUBE-"];

    /// <summary>The iptables front ends cleaned (each with its -save and -restore). Defaults to iptables and ip6tables, as the CNI plugins use them.</summary>
    public IReadOnlyList<string> IptablesCommands { get; init; } = ["iptables", "ip6tables"];

    /// <summary>Defaults to runc on PATH, the runtime our containerd's shims use.</summary>
    public string RuncPath { get; init; } = "runc";

    /// <summary>How long a dotkube server or agent gets between SIGTERM and SIGKILL. Defaults to 30 s: an orderly stop releases leases and stops containerd, normally within seconds.</summary>
    public TimeSpan ServerStopTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long containerd gets between SIGTERM and SIGKILL. Defaults to 10 s, as <see cref="ContainerdOptions.StopTimeout"/>.</summary>
    public TimeSpan ContainerdStopTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long killed containers, shims and the pod network namespaces get to disappear. Defaults to 10 s; SIGKILL takes effect in milliseconds.</summary>
    public TimeSpan KillTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The agent's containerd layout, from which every path of ours derives.</summary>
    public ContainerdOptions Containerd => new() { DataDir = Path.Combine(DataDir, "agent") };

    public void Validate()
    {
        if (string.IsNullOrEmpty(DataDir) || !Path.IsPathFullyQualified(DataDir))
        {
            throw new ArgumentException($"the data dir must be an absolute path, got '{DataDir}'", nameof(DataDir));
        }

        if (ProcessMatcher.Normalize(DataDir) == "/")
        {
            throw new ArgumentException("the data dir must not be /", nameof(DataDir));
        }

        foreach (var (name, value) in new[] { (nameof(ServerStopTimeout), ServerStopTimeout), (nameof(ContainerdStopTimeout), ContainerdStopTimeout), (nameof(KillTimeout), KillTimeout) })
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentException($"{name} must be positive, got {value}", name);
            }
        }

        // A typo must not delete a home directory: only a directory dotkube laid out goes.
        if (RemoveDataDir && Directory.Exists(DataDir) && Directory.EnumerateFileSystemEntries(DataDir).Any()
            && !Directory.Exists(Path.Combine(DataDir, "server")) && !Directory.Exists(Path.Combine(DataDir, "agent")))
        {
            throw new ArgumentException($"{DataDir} is not a dotkube data dir (it has neither server/ nor agent/): not removing it", nameof(DataDir));
        }
    }
}
