using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Kubelet.Linux;
using Dotkube.Kubelet.Network;
using Dotkube.Tests.Acceptance.Controllers;
using Dotkube.Tests.Images;

namespace Dotkube.Tests.Acceptance.Agent;

/// <summary>
/// E2E (root, containerd, runc, CNI plugins): `dotkube server` with its in-process agent brings
/// up a Ready node of this machine, with its own containerd, images imported from the agent's
/// images dir and --images-dir, the pod network configured for the podCIDR the node got, and a
/// renewing Lease; stopping the server leaves no containerd behind. Fails (never skips) without root.
/// </summary>
[Collection(AgentCollection.Name)]
public sealed class NodeRegistrationTests
{
    private const string NodeName = "dotkube-e2e-node";

    [Fact]
    public async Task The_server_brings_up_a_ready_node_that_runs_pods_with_its_runtime_network_images_and_lease()
    {
        AgentRequirements.Check();

        // Short and under /tmp: containerd's socket path must fit a unix socket address.
        var dir = Directory.CreateTempSubdirectory("dk-agent-").FullName;
        var data = Path.Combine(dir, "data");
        var built = Path.Combine(dir, "images");
        ServerProcess? server = null;
        var bridgeExisted = Directory.Exists("/sys/class/net/cni0");
        try
        {
            await BuiltImages.BuildAsync(built);
            // pause through the agent's own images dir, busybox through --images-dir.
            Directory.CreateDirectory(Path.Combine(data, "agent", "images"));
            File.Move(Path.Combine(built, "pause.tar"), Path.Combine(data, "agent", "images", "pause.tar"));
            var kubeconfig = Path.Combine(dir, "admin.kubeconfig");
            server = await ServerProcess.StartAsync(dir,
            [
                "--data-dir", data, "--https-listen-port", "0", "--bind-address", "127.0.0.1", "--write-kubeconfig", kubeconfig,
                "--node-name", NodeName, "--images-dir", built,
            ]);
            var kubectl = new KubectlRunner(kubeconfig, Path.Combine(dir, "kubectl-cache"));
            using var client = new KubeClient(KubeconfigLoader.Load(kubeconfig));

            var wide = await ClusterSteps.UntilAsync(() => kubectl.RunAsync("get", "nodes", "-o", "wide", "--no-headers"),
                r => r.Succeeded && r.Stdout.Contains(" Ready ", StringComparison.Ordinal), "the node to be Ready in kubectl get nodes", TimeSpan.FromSeconds(90));
            var node = await client.GetAsync<Node>(null, NodeName);
            var columns = wide.Stdout.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal([NodeName, "Ready", "control-plane,master"], columns[..3]);
            Assert.Equal(node.Status.Addresses!.Single(a => a.Type == "InternalIP").Address, columns[5]);
            Assert.StartsWith("containerd://1.", columns[^1], StringComparison.Ordinal);

            Assert.Equal(NodeName, node.Metadata.Labels!["kubernetes.io/hostname"]);
            Assert.Equal("linux", node.Metadata.Labels["kubernetes.io/os"]);
            Assert.Contains(node.Metadata.Labels["kubernetes.io/arch"], new[] { "amd64", "arm64" });
            Assert.Equal("true", node.Metadata.Labels["node-role.kubernetes.io/control-plane"]);
            Assert.Equal(["cpu", "ephemeral-storage", "memory", "pods"], node.Status.Capacity!.Keys.Order(StringComparer.Ordinal));
            Assert.Equal("110", node.Status.Allocatable!["pods"].ToString());

            // The pod network: the conflist in our containerd's conf dir carries the node's podCIDR.
            Assert.StartsWith("10.42.", node.Spec.PodCIDR, StringComparison.Ordinal);
            var conflist = await File.ReadAllTextAsync(Path.Combine(data, "agent", "etc", "cni", "net.d", CniConfig.FileName));
            Assert.Contains($"\"subnet\": \"{node.Spec.PodCIDR}\"", conflist, StringComparison.Ordinal);

            // Both images were imported and the node reports them (no crictl: the status is the proof).
            node = await ClusterSteps.UntilAsync(() => client.GetAsync<Node>(null, NodeName),
                n => HasImage(n, "registry.k8s.io/pause:3.10") && HasImage(n, "docker.io/library/busybox:latest"),
                "pause and busybox in status.images", TimeSpan.FromSeconds(60));

            // The lease renews (every 10 s) and belongs to the node.
            var lease = await client.GetAsync<Lease>("kube-node-lease", NodeName);
            Assert.Equal((NodeName, 40), (lease.Spec.HolderIdentity, lease.Spec.LeaseDurationSeconds));
            Assert.Equal(node.Metadata.Uid, lease.Metadata.OwnerReferences!.Single().Uid);
            await ClusterSteps.UntilAsync(() => client.GetAsync<Lease>("kube-node-lease", NodeName),
                l => l.Spec.RenewTime > lease.Spec.RenewTime, "the lease to be renewed", TimeSpan.FromSeconds(30));

            await RunsAPodThatAnswersFromTheHostAsync(kubectl);

            Assert.Equal(0, await server.StopAsync());
            Assert.Empty(HostProcesses.Named("containerd", data));
        }
        finally
        {
            if (server is not null)
                await server.DisposeAsync();
            // CNI's bridge plugin leaves its bridge behind; this test removes it itself (UninstallTests covers uninstall).
            if (!bridgeExisted)
                await ToolProcess.RunAsync("ip", ["link", "delete", "cni0"]);
            Mounts.UnmountUnder(dir);
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// `kubectl run` of busybox's httpd gets Running with a pod IP whose page answers from the host;
    /// deleting the pod stops it and tears its network down before the server stops.
    /// </summary>
    private static async Task RunsAPodThatAnswersFromTheHostAsync(KubectlRunner kubectl)
    {
        var run = await kubectl.RunAsync("run", "web", "--image=busybox", "--",
            "sh", "-c", "echo hello from $(hostname) > /tmp/index.html && exec httpd -f -p 8080 -h /tmp");
        run.Ok();
        var status = await ClusterSteps.UntilAsync(() => kubectl.RunAsync("get", "pod", "web", "-o", "jsonpath={.status.phase} {.status.podIP}"),
            r => r.Stdout.StartsWith("Running 10.42.", StringComparison.Ordinal), "the pod Running with an IP", TimeSpan.FromSeconds(60));
        var ip = status.Stdout.Split(' ')[1];
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        Assert.Equal("hello from web\n", await http.GetStringAsync($"http://{ip}:8080/"));
        await ExecsInThePodAsync(kubectl);

        var delete = await kubectl.RunAsync("delete", "pod", "web", "--grace-period=1", "--wait=true", "--timeout=60s");
        delete.Ok();
    }

    /// <summary>
    /// kubectl exec through the API server's proxy to the kubelet: the command's exit code comes
    /// back as kubectl's, stdin reaches the command and its end ends it (v5's close signal), and
    /// the Python client's v4 exec reads both streams and the exit code.
    /// </summary>
    private static async Task ExecsInThePodAsync(KubectlRunner kubectl)
    {
        var failing = await kubectl.RunAsync("exec", "web", "--", "sh", "-c", "echo to-out; echo to-err >&2; exit 3");
        Assert.True(failing.ExitCode == 3, $"kubectl exec of exit 3 should exit 3: {failing}");
        Assert.Equal("to-out\n", failing.Stdout);
        Assert.Contains("to-err", failing.Stderr, StringComparison.Ordinal);

        var echo = await kubectl.RunAsync(["exec", "-i", "web", "--", "cat"], new ToolOptions { Stdin = "line one\nline two\n" });
        Assert.Equal("line one\nline two\n", echo.Ok());

        var python = await ToolProcess.RunAsync("/usr/bin/python3", [AcceptancePaths.PythonScript("pod_exec.py"), kubectl.KubeconfigPath, "default"],
            new ToolOptions { WorkingDirectory = AcceptancePaths.OutputFile("python"), Environment = new Dictionary<string, string> { ["PYTHONDONTWRITEBYTECODE"] = "1" } });
        var result = System.Text.Json.Nodes.JsonNode.Parse(python.Ok())!;
        Assert.Equal(("to-out\n", "to-err\n", 3), ((string?)result["failing"]!["stdout"], (string?)result["failing"]!["stderr"], (int?)result["failing"]!["returncode"]));
        Assert.Equal(("web\n", 0), ((string?)result["succeeding"]!["stdout"], (int?)result["succeeding"]!["returncode"]));
    }

    private static bool HasImage(Node node, string name) => node.Status.Images?.Any(i => i.Names.Contains(name)) == true;
}
