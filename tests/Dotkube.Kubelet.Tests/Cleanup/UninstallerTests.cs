using Dotkube.Kubelet.Cleanup;
using Dotkube.Kubelet.Containerd;
using Dotkube.Kubelet.Network;

namespace Dotkube.Kubelet.Tests.Cleanup;

/// <summary>
/// Uninstall over a data dir laid out as our containerd, CNI and kubelet leave it, with nothing
/// running (iptables and real bridges left out: the e2e test in Dotkube.Tests covers those).
/// </summary>
public sealed class UninstallerTests : IDisposable
{
    private const string SandboxId = "5a1dbc0ffee5a1dbc0ffee5a1dbc0ffee5a1dbc0ffee5a1dbc0ffee5a1dbc0ff";
    private const string PodUid = "34dc3885-704a-4f89-a337-536bf94b7e4f";

    private readonly string _root = Directory.CreateTempSubdirectory("dotkube-uninstall-").FullName;
    private readonly List<string> _report = [];

    private string DataDir => Path.Combine(_root, "data");

    private string LogsRoot => Path.Combine(_root, "pods-logs");

    private ContainerdOptions Containerd => new() { DataDir = Path.Combine(DataDir, "agent") };

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_leftovers_name_our_tasks_sandboxes_allocations_namespaces_and_bridge()
    {
        LayOutNode();
        var leftovers = RuntimeLeftovers.Scan(Containerd);

        var task = Assert.Single(leftovers.Tasks);
        Assert.Equal(("k8s.io", SandboxId, SandboxId, PodUid), (task.Namespace, task.Id, task.SandboxId, task.PodUid));
        Assert.Equal($"/kubepods/besteffort/pod{PodUid}/{SandboxId}", task.CgroupsPath);
        Assert.Equal([SandboxId, "feedfacefeedface"], leftovers.ContainerIds.Order(StringComparer.Ordinal));
        Assert.Equal(["cni-1234"], leftovers.NetworkNamespaces.Select(Path.GetFileName));
        Assert.Equal("dkt-uninst0", leftovers.Bridge);
    }

    [Fact]
    public void A_conflist_without_a_bridge_name_uses_cni0_as_the_bridge_plugin_does()
    {
        var confDir = Path.Combine(_root, "net.d");
        Directory.CreateDirectory(confDir);
        File.WriteAllText(Path.Combine(confDir, "10-x.conflist"), """{"cniVersion":"1.0.0","name":"x","plugins":[{"type":"bridge"},{"type":"portmap"}]}""");
        Assert.Equal(CniConfig.DefaultBridge, RuntimeLeftovers.BridgeOf(confDir));
        Assert.Null(RuntimeLeftovers.BridgeOf(Path.Combine(_root, "none")));
    }

    [Fact]
    public async Task With_the_data_dir_given_it_is_removed_with_our_pod_logs_and_nothing_else()
    {
        LayOutNode();
        var otherLogs = Path.Combine(LogsRoot, "default_other_1111");
        Directory.CreateDirectory(otherLogs);

        Assert.Empty(await Uninstall(remove: true));

        Assert.False(Directory.Exists(DataDir));
        Assert.False(Directory.Exists(Path.Combine(LogsRoot, $"default_web_{PodUid}")));
        Assert.True(Directory.Exists(otherLogs));
        Assert.Contains("removed network namespace cni-1234", _report);
        Assert.Contains($"removed {DataDir}", _report);
    }

    [Fact]
    public async Task Without_it_the_data_stays_and_only_runtime_state_and_allocations_go_and_a_second_run_does_nothing()
    {
        LayOutNode();

        Assert.Empty(await Uninstall(remove: false));

        Assert.True(File.Exists(Path.Combine(DataDir, "server", "db", "state.db")));
        Assert.False(Directory.Exists(Path.Combine(DataDir, "agent", "run")));
        Assert.False(Directory.Exists(Containerd.CniIpamDataDir));
        _report.Clear();
        Assert.Empty(await Uninstall(remove: false));
        Assert.Empty(_report);
    }

    [Fact]
    public void A_directory_that_is_not_a_dotkube_data_dir_is_never_removed()
    {
        File.WriteAllText(Path.Combine(_root, "notes.txt"), "mine");
        var refused = Assert.Throws<ArgumentException>(() => new UninstallOptions { DataDir = _root, RemoveDataDir = true }.Validate());
        Assert.Contains("not a dotkube data dir", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new UninstallOptions { DataDir = "/" }.Validate());
        Assert.Throws<ArgumentException>(() => new UninstallOptions { DataDir = "relative/data" }.Validate());
    }

    private Task<IReadOnlyList<string>> Uninstall(bool remove) =>
        new Uninstaller(new UninstallOptions
        {
            DataDir = DataDir,
            RemoveDataDir = remove,
            PodLogsRoot = LogsRoot,
            KubeletPodsDir = Path.Combine(_root, "kubelet-pods"),
            IptablesCommands = [],
            ChainPrefixes = [],
        }, _report.Add, TimeProvider.System).RunAsync(CancellationToken.None);

    /// <summary>A node's files after its processes were killed: a sandbox's bundle, host-local allocations, a netns file, our conflist, a pod log dir.</summary>
    private void LayOutNode()
    {
        var containerd = Containerd;
        Directory.CreateDirectory(Path.Combine(DataDir, "server", "db"));
        File.WriteAllText(Path.Combine(DataDir, "server", "db", "state.db"), "");
        var bundle = Path.Combine(DataDir, "agent", "run", "containerd", "io.containerd.runtime.v2.task", "k8s.io", SandboxId);
        Directory.CreateDirectory(bundle);
        File.WriteAllText(Path.Combine(bundle, "config.json"), $$$"""
            {"annotations":{"io.kubernetes.cri.container-type":"sandbox","io.kubernetes.cri.sandbox-id":"{{{SandboxId}}}",
             "io.kubernetes.cri.sandbox-log-directory":"{{{LogsRoot}}}/default_web_{{{PodUid}}}","io.kubernetes.cri.sandbox-uid":"{{{PodUid}}}"},
             "linux":{"cgroupsPath":"/kubepods/besteffort/pod{{{PodUid}}}/{{{SandboxId}}}"}}
            """);
        var netns = Path.Combine(DataDir, "agent", "run", "containerd", "io.containerd.grpc.v1.cri", "netns");
        Directory.CreateDirectory(netns);
        File.WriteAllText(Path.Combine(netns, "cni-1234"), "");
        var allocations = Path.Combine(containerd.CniIpamDataDir, CniConfig.NetworkName);
        Directory.CreateDirectory(allocations);
        File.WriteAllText(Path.Combine(allocations, "10.42.0.2"), "feedfacefeedface\neth0");
        File.WriteAllText(Path.Combine(allocations, "last_reserved_ip.0"), "10.42.0.2");
        CniConfig.Write(containerd.CniConfDir, "10.42.0.0/24", containerd.CniIpamDataDir, "dkt-uninst0");
        Directory.CreateDirectory(Path.Combine(LogsRoot, $"default_web_{PodUid}", "web"));
    }
}
