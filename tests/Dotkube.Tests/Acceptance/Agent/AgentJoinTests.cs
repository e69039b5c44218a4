using System.Globalization;
using Dotkube.Tests.Acceptance.Controllers;
using Dotkube.Tests.Images;

namespace Dotkube.Tests.Acceptance.Agent;

/// <summary>
/// E2E (root, containerd, runc, CNI plugins): `dotkube server --disable-agent` and, beside it,
/// `dotkube agent --server URL --token T` joined the k3s way. A wrong token is refused by the
/// server (401) and a token naming another CA is refused by the agent, both with a clear message;
/// the right one brings the node Ready with its own certificates (0600 under DATA_DIR/agent), the
/// API server reaches its kubelet API (kubectl logs), and a restarted agent reuses its certificates.
/// </summary>
[Collection(AgentCollection.Name)]
public sealed class AgentJoinTests
{
    private const string NodeName = "dotkube-e2e-join";

    [Fact]
    public async Task An_agent_joins_with_the_servers_token_and_keeps_its_certificates_across_a_restart()
    {
        AgentRequirements.Check();

        // Short and under /tmp: containerd's socket path must fit a unix socket address.
        var dir = Directory.CreateTempSubdirectory("dk-join-").FullName;
        var serverData = Path.Combine(dir, "s");
        var agentData = Path.Combine(dir, "a");
        var built = Path.Combine(dir, "images");
        var bridgeExisted = Directory.Exists("/sys/class/net/cni0");
        ServerProcess? server = null;
        ServerProcess? agent = null;
        try
        {
            await BuiltImages.BuildAsync(built);
            var kubeconfig = Path.Combine(dir, "admin.kubeconfig");
            server = await ServerProcess.StartAsync(dir,
            [
                "--data-dir", serverData, "--https-listen-port", "0", "--bind-address", "127.0.0.1", "--write-kubeconfig", kubeconfig,
                "--disable-agent",
            ]);
            var url = $"https://127.0.0.1:{server.Port}";
            var token = (await File.ReadAllTextAsync(Path.Combine(serverData, "server", "token"))).Trim();
            string[] Agent(string t) => ["--server", url, "--token", t, "--data-dir", agentData, "--node-name", NodeName, "--images-dir", built];

            var wrongSecret = await ToolProcess.RunAsync(AcceptancePaths.DotnetHost, [AcceptancePaths.DotkubeDll, "agent", .. Agent(token + "x")]);
            Assert.Equal(1, wrongSecret.ExitCode);
            Assert.Contains("the server rejected the join token (401 Unauthorized", wrongSecret.Stderr, StringComparison.Ordinal);
            var otherCa = "K10" + new string('0', 64) + token[67..];
            var wrongCa = await ToolProcess.RunAsync(AcceptancePaths.DotnetHost, [AcceptancePaths.DotkubeDll, "agent", .. Agent(otherCa)]);
            Assert.Equal(1, wrongCa.ExitCode);
            Assert.Contains("is not the one the token names", wrongCa.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain(token, wrongCa.Stderr + wrongSecret.Stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(agentData, "agent", "client-kubelet.crt")));

            agent = await ServerProcess.StartAgentAsync(dir, Agent(token));
            var kubectl = new KubectlRunner(kubeconfig, Path.Combine(dir, "kubectl-cache"));
            await ClusterSteps.UntilAsync(() => kubectl.RunAsync("get", "node", NodeName, "--no-headers"),
                r => r.Succeeded && r.Stdout.Contains(" Ready ", StringComparison.Ordinal), "the joined node to be Ready", TimeSpan.FromSeconds(90));
            foreach (var name in new[] { "server-ca.crt", "client-ca.crt", "client-kubelet.crt", "client-kubelet.key", "serving-kubelet.crt", "serving-kubelet.key" })
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(agentData, "agent", name)));
            var clientCert = await File.ReadAllTextAsync(Path.Combine(agentData, "agent", "client-kubelet.crt"));

            // The API server reaches the agent's kubelet API with the serving certificate it issued.
            (await kubectl.RunAsync("run", "hello", "--image=busybox", "--restart=Never", "--", "echo", "hello from the joined node")).Ok();
            await ClusterSteps.UntilAsync(() => kubectl.RunAsync("logs", "hello"),
                r => r.Succeeded && r.Stdout == "hello from the joined node\n", "the pod's log through the kubelet API", TimeSpan.FromSeconds(60));
            (await kubectl.RunAsync("delete", "pod", "hello", "--wait=true", "--timeout=60s")).Ok();

            Assert.Equal(0, await agent.StopAsync());
            await agent.DisposeAsync();
            var restarted = DateTimeOffset.UtcNow;
            agent = await ServerProcess.StartAgentAsync(dir, Agent(token));
            // Up again once it renews the node's lease: it reached the server with the kept certificate.
            await ClusterSteps.UntilAsync(() => kubectl.RunAsync("get", "lease", "-n", "kube-node-lease", NodeName, "-o", "jsonpath={.spec.renewTime}"),
                r => r.Succeeded && DateTimeOffset.Parse(r.Stdout, CultureInfo.InvariantCulture) > restarted, "the restarted agent to renew its lease",
                TimeSpan.FromSeconds(90));
            Assert.Equal(clientCert, await File.ReadAllTextAsync(Path.Combine(agentData, "agent", "client-kubelet.crt")));
            Assert.Equal(0, await agent.StopAsync());
        }
        finally
        {
            if (agent is not null)
                await agent.DisposeAsync();
            if (server is not null)
                await server.DisposeAsync();
            if (!bridgeExisted)
                await ToolProcess.RunAsync("ip", ["link", "delete", "cni0"]);
            await AgentCleanup.UninstallAndDeleteAsync(dir, agentData);
        }
    }
}
