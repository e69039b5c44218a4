using System.Diagnostics;
using System.Text.RegularExpressions;
using Dotkube.Kubelet.Linux;
using Dotkube.Tests.Acceptance.Controllers;
using Dotkube.Tests.Images;

namespace Dotkube.Tests.Acceptance.Agent;

/// <summary>
/// E2E (root, containerd, runc, CNI plugins, iptables): `dotkube uninstall --data-dir DIR` run
/// beside a `dotkube server` with a running pod leaves nothing of that data dir behind: no
/// dotkube, containerd, shim or container process, no pod network namespace, bridge or CNI
/// iptables rule, no mount, no directory; a second run finds nothing and succeeds. Fails (never
/// skips) without root.
/// </summary>
[Collection(AgentCollection.Name)]
public sealed partial class UninstallTests
{
    private const string NodeName = "dotkube-e2e-uninstall";

    [Fact]
    public async Task Uninstall_stops_a_running_server_and_its_pods_and_removes_their_network_mounts_and_data_dir()
    {
        AgentRequirements.Check("/usr/sbin/iptables-save", "/usr/sbin/iptables-restore", "/usr/sbin/ip");

        // Short and under /tmp: containerd's socket path must fit a unix socket address.
        var dir = Directory.CreateTempSubdirectory("dk-uninst-").FullName;
        var data = Path.Combine(dir, "data");
        var built = Path.Combine(dir, "images");
        var bridgeExisted = Directory.Exists("/sys/class/net/cni0");
        ServerProcess? server = null;
        try
        {
            await BuiltImages.BuildAsync(built);
            var kubeconfig = Path.Combine(dir, "admin.kubeconfig");
            server = await ServerProcess.StartAsync(dir,
            [
                "--data-dir", data, "--https-listen-port", "0", "--bind-address", "127.0.0.1", "--write-kubeconfig", kubeconfig,
                "--node-name", NodeName, "--images-dir", built,
            ]);
            var kubectl = new KubectlRunner(kubeconfig, Path.Combine(dir, "kubectl-cache"));
            await ClusterSteps.UntilAsync(() => kubectl.RunAsync("get", "nodes", "--no-headers"),
                r => r.Succeeded && r.Stdout.Contains(" Ready ", StringComparison.Ordinal), "the node to be Ready", TimeSpan.FromSeconds(90));
            (await kubectl.RunAsync("run", "busybox", "--image=busybox", "--", "sleep", "3600")).Ok();
            var running = await ClusterSteps.UntilAsync(() => kubectl.RunAsync("get", "pod", "busybox", "-o", "jsonpath={.status.phase} {.status.podIP}"),
                r => r.Stdout.StartsWith("Running 10.42.", StringComparison.Ordinal), "the pod Running with an IP", TimeSpan.FromSeconds(60));
            var podIp = running.Stdout.Split(' ')[1];

            // What the pod has on the host, to look for afterwards.
            var sandboxId = (await File.ReadAllLinesAsync(Path.Combine(data, "agent", "cni", "networks", "cbr0", podIp)))[0];
            var podNetns = NetworkNamespacesOf(ProcessesNaming(data)).Distinct().ToList();
            Assert.NotEmpty(podNetns);
            Assert.Contains(ProcessesNaming(data), p => p.Name == "containerd-shim-runc-v2");
            Assert.Contains(sandboxId, await IptablesSaveAsync(), StringComparison.Ordinal);

            var uninstall = await ToolProcess.RunAsync(AcceptancePaths.DotnetHost, [AcceptancePaths.DotkubeDll, "uninstall", "--data-dir", data],
                new ToolOptions { Timeout = TimeSpan.FromMinutes(2) });
            var report = uninstall.Ok();
            Assert.Contains("stopped dotkube (pid ", report, StringComparison.Ordinal);
            Assert.Contains("removed network namespace cni-", report, StringComparison.Ordinal);
            Assert.Contains($"removed {data}", report, StringComparison.Ordinal);

            // The server got SIGTERM and shut down in order.
            Assert.True(server.HasExited, $"the server still runs after uninstall:\n{report}");
            Assert.Equal(0, await server.StopAsync());
            Assert.Empty(ProcessesNaming(data));
            Assert.Empty(podNetns.Intersect(NetworkNamespacesOf(Process.GetProcesses().Select(p => (p.Id, p.ProcessName)))));
            if (!bridgeExisted)
                Assert.False(Directory.Exists("/sys/class/net/cni0"), $"cni0 is still there:\n{report}");
            var iptables = await IptablesSaveAsync();
            Assert.DoesNotContain(sandboxId, iptables, StringComparison.Ordinal);
            Assert.DoesNotContain($"-s {podIp}/32", iptables, StringComparison.Ordinal);
            // Another runtime's pods (a parallel test's) may keep CNI chains of their own; with none, none is left.
            if (!CniRuleComment().IsMatch(iptables))
                Assert.DoesNotMatch(@"(?m)^:CNI-", iptables);
            Assert.Empty(Mounts.Under(dir));
            Assert.False(Directory.Exists(data));

            var again = await ToolProcess.RunAsync(AcceptancePaths.DotnetHost, [AcceptancePaths.DotkubeDll, "uninstall", "--data-dir", data]);
            Assert.Equal("dotkube uninstall: done\n", again.Ok());
        }
        finally
        {
            if (server is not null)
                await server.DisposeAsync();
            if (Directory.Exists(data))
                await ToolProcess.RunAsync(AcceptancePaths.DotnetHost, [AcceptancePaths.DotkubeDll, "uninstall", "--data-dir", data]);
            if (!bridgeExisted && Directory.Exists("/sys/class/net/cni0"))
                await ToolProcess.RunAsync("ip", ["link", "delete", "cni0"]);
            Mounts.UnmountUnder(dir);
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<string> IptablesSaveAsync() => (await ToolProcess.RunAsync("iptables-save", [])).Ok();

    /// <summary>Processes whose command line names a path under <paramref name="dir"/> (dotkube, containerd, shims), with their names.</summary>
    private static List<(int Pid, string Name)> ProcessesNaming(string dir) =>
        Process.GetProcesses()
            .Where(p => p.Id != Environment.ProcessId && Read($"/proc/{p.Id}/cmdline").Contains(dir, StringComparison.Ordinal))
            .Select(p => (p.Id, p.ProcessName))
            .ToList();

    /// <summary>The network namespaces (net:[inode]) of the children of <paramref name="processes"/>'s shims, that is of the pod's containers, or of every process.</summary>
    private static IEnumerable<string> NetworkNamespacesOf(IEnumerable<(int Pid, string Name)> processes)
    {
        var pids = processes.Select(p => p.Pid).ToHashSet();
        return Process.GetProcesses()
            .Where(p => pids.Contains(p.Id) || pids.Contains(ParentOf(p.Id)))
            .Select(p => LinkOf($"/proc/{p.Id}/ns/net"))
            .Where(ns => ns.Length > 0 && ns != LinkOf("/proc/self/ns/net"));
    }

    private static int ParentOf(int pid)
    {
        var stat = Read($"/proc/{pid}/stat");
        return stat.Length == 0 ? 0 : int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static string LinkOf(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget ?? "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    [GeneratedRegex("""--comment "(dnat )?name: \\"[^\\]+\\" id: """)]
    private static partial Regex CniRuleComment();
}
