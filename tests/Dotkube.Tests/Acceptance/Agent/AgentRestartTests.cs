using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Tests.Acceptance.Controllers;
using Dotkube.Tests.Images;

namespace Dotkube.Tests.Acceptance.Agent;

/// <summary>
/// E2E (root, containerd, runc, CNI plugins): restarting the agent never restarts running
/// containers, as upstream's kubelet. With 20 running pods, `dotkube server` (and its in-process
/// agent) is killed with SIGKILL, started again, then stopped normally with SIGTERM and started
/// again; each time every pod keeps its container IDs, restartCount 0, its pod IP and Ready.
/// </summary>
[Collection(AgentCollection.Name)]
public sealed class AgentRestartTests
{
    private const string NodeName = "dotkube-e2e-restart";
    private const int PodCount = 20;

    [Fact]
    public async Task Killing_or_stopping_and_restarting_the_agent_leaves_20_running_pods_untouched()
    {
        AgentRequirements.Check();

        // Short and under /tmp: containerd's socket path must fit a unix socket address.
        var dir = Directory.CreateTempSubdirectory("dk-restart-").FullName;
        var data = Path.Combine(dir, "data");
        var built = Path.Combine(dir, "images");
        var kubeconfig = Path.Combine(dir, "admin.kubeconfig");
        string[] arguments =
        [
            "--data-dir", data, "--https-listen-port", "0", "--bind-address", "127.0.0.1", "--write-kubeconfig", kubeconfig,
            "--node-name", NodeName, "--images-dir", built,
        ];
        ServerProcess? server = null;
        try
        {
            await BuiltImages.BuildAsync(built);
            server = await ServerProcess.StartAsync(dir, arguments);
            var kubectl = new KubectlRunner(kubeconfig, Path.Combine(dir, "kubectl-cache"));
            await ClusterSteps.UntilAsync(() => kubectl.RunAsync("get", "node", NodeName, "--no-headers"),
                r => r.Succeeded && r.Stdout.Contains(" Ready ", StringComparison.Ordinal), "the node to be Ready", TimeSpan.FromSeconds(90));
            (await kubectl.RunAsync("create", "deployment", "web", "--image=busybox", $"--replicas={PodCount}", "--", "httpd", "-f", "-p", "8080")).Ok();
            var before = await AllRunningAsync(kubeconfig, "all 20 pods Running and Ready", TimeSpan.FromMinutes(3));
            var containerdBefore = Containerd(data);
            Assert.NotNull(containerdBefore);

            // SIGKILL: no shutdown path runs; our containerd and the shims outlive the server.
            await server.KillAsync();
            await server.DisposeAsync();
            server = await ServerProcess.StartAsync(dir, arguments);
            await SettledAsync(kubeconfig);
            Assert.NotEqual(containerdBefore, Containerd(data));
            AssertUnchanged(before, await AllRunningAsync(kubeconfig, "the pods after the agent was killed and restarted", TimeSpan.FromSeconds(60)));

            // SIGTERM: a normal stop stops our containerd and leaves the shims and containers running.
            var shims = Shims(data);
            Assert.Equal(0, await server.StopAsync());
            await server.DisposeAsync();
            server = null;
            Assert.Null(Containerd(data));
            // Only what belonged to the stopped processes is gone: containerd's socket and pid file, the server's pid file.
            foreach (var gone in new[] { "server/dotkube.pid", "agent/run/containerd.pid", "agent/run/containerd/containerd.sock" })
                Assert.False(File.Exists(Path.Combine(data, gone)), $"{gone} is still there after a normal stop");
            Assert.Equal(shims, Shims(data).Intersect(shims).ToList());
            server = await ServerProcess.StartAsync(dir, arguments);
            await SettledAsync(kubeconfig);
            AssertUnchanged(before, await AllRunningAsync(kubeconfig, "the pods after the agent was stopped and restarted", TimeSpan.FromSeconds(60)));
        }
        finally
        {
            if (server is not null)
                await server.DisposeAsync();
            await AgentCleanup.UninstallAndDeleteAsync(dir, data);
        }
    }

    /// <summary>Per pod: its UID, IP and (container ID, restart count) list, once all are Running and Ready.</summary>
    private static async Task<Dictionary<string, string>> AllRunningAsync(string kubeconfig, string what, TimeSpan limit)
    {
        using var client = new KubeClient(KubeconfigLoader.Load(kubeconfig));
        var pods = await ClusterSteps.UntilAsync(() => client.LivePodsAsync("default", "app=web"),
            p => p.Count == PodCount && p.All(pod => pod.Status.Phase == "Running" && ClusterSteps.IsReady(pod)
                && pod.Status.ContainerStatuses?.All(c => c.State.Running is not null && c.ContainerID is not null) == true),
            what, limit);
        return pods.ToDictionary(p => p.Metadata.Name!, Summary);
    }

    private static string Summary(Pod pod) =>
        $"uid={pod.Metadata.Uid} ip={pod.Status.PodIP} ready={ClusterSteps.IsReady(pod)} "
        + string.Join(" ", pod.Status.ContainerStatuses!.Select(c => $"{c.Name}={c.ContainerID} restarts={c.RestartCount} started={c.State.Running?.StartedAt}"));

    private static void AssertUnchanged(Dictionary<string, string> before, Dictionary<string, string> after)
    {
        Assert.All(before.Values, summary => Assert.Contains(" restarts=0 ", summary, StringComparison.Ordinal));
        Assert.Equal(before.OrderBy(p => p.Key), after.OrderBy(p => p.Key));
    }

    /// <summary>
    /// Until the restarted agent has been up long enough to have relisted and synced every pod: its
    /// node Ready and its Lease renewed twice after the restart (the lease renews every 10 s).
    /// </summary>
    private static async Task SettledAsync(string kubeconfig)
    {
        var restarted = DateTimeOffset.UtcNow;
        using var client = new KubeClient(KubeconfigLoader.Load(kubeconfig));
        await ClusterSteps.UntilAsync(async () => await client.GetAsync<Lease>("kube-node-lease", NodeName),
            l => l.Spec.RenewTime > restarted + TimeSpan.FromSeconds(12), "the restarted agent's lease to renew twice", TimeSpan.FromSeconds(90));
        await ClusterSteps.UntilAsync(() => client.GetAsync<Node>(null, NodeName),
            n => n.Status.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") == true, "the node Ready again", TimeSpan.FromSeconds(60));
    }

    /// <summary>The pid of our containerd (its command line names the data dir), or null.</summary>
    private static int? Containerd(string data) => HostProcesses.Named("containerd", data).Cast<int?>().SingleOrDefault();

    private static List<int> Shims(string data) => HostProcesses.Named("containerd-shim-runc-v2", data);
}
