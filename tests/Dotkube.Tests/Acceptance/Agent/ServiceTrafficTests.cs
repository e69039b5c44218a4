using System.Diagnostics;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Tests.Acceptance.Controllers;
using Dotkube.Tests.Images;

namespace Dotkube.Tests.Acceptance.Agent;

/// <summary>
/// E2E (root, containerd, runc, CNI plugins, iptables): issue 8's first acceptance point through
/// `dotkube server` with its agent's service proxy and cluster DNS and the real kubectl. A client
/// pod's requests to a ClusterIP Service, by its full and its short name, spread over the three
/// ready pods behind it; scaling to one moves all traffic there within 5 s; scaling to zero leaves
/// a refused connection. A normal stop keeps the proxy's rules (as kube-proxy); uninstall removes
/// every KUBE- chain and jump, and cni0.
/// </summary>
[Collection(AgentCollection.Name)]
public sealed class ServiceTrafficTests
{
    private const string NodeName = "dotkube-e2e-svc";

    private const string Manifest = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 3
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              terminationGracePeriodSeconds: 1
              containers:
              - name: httpd
                image: busybox
                command: ["sh", "-c", "mkdir -p /www && echo $(hostname) > /www/index.html && exec httpd -f -p 8080 -h /www"]
                readinessProbe:
                  httpGet: {path: /, port: 8080}
                  periodSeconds: 1
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector: {app: web}
          ports:
          - port: 80
            targetPort: 8080
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: client
        spec:
          terminationGracePeriodSeconds: 1
          containers:
          - name: client
            image: busybox
            command: ["sleep", "3600"]
        """;

    [Fact]
    public async Task A_client_pod_reaches_every_ready_pod_behind_a_service_by_name_and_follows_scaling()
    {
        AgentRequirements.Check("/usr/sbin/iptables-save", "/usr/sbin/iptables-restore", "/usr/sbin/ip");

        // Short and under /tmp: containerd's socket path must fit a unix socket address.
        var dir = Directory.CreateTempSubdirectory("dk-svc-").FullName;
        var data = Path.Combine(dir, "data");
        var built = Path.Combine(dir, "images");
        var kubeconfig = Path.Combine(dir, "admin.kubeconfig");
        var bridgeExisted = Directory.Exists("/sys/class/net/cni0");
        ServerProcess? server = null;
        try
        {
            await BuiltImages.BuildAsync(built);
            server = await ServerProcess.StartAsync(dir,
            [
                "--data-dir", data, "--https-listen-port", "0", "--bind-address", "127.0.0.1", "--write-kubeconfig", kubeconfig,
                "--node-name", NodeName, "--images-dir", built,
            ]);
            var kubectl = new KubectlRunner(kubeconfig, Path.Combine(dir, "kubectl-cache"));
            using var client = new KubeClient(KubeconfigLoader.Load(kubeconfig));
            await ClusterSteps.UntilAsync(() => kubectl.RunAsync("get", "node", NodeName, "--no-headers"),
                r => r.Succeeded && r.Stdout.Contains(" Ready ", StringComparison.Ordinal), "the node to be Ready", TimeSpan.FromSeconds(90));

            // kube-dns as CoreDNS's Service, pointed at this node's DNS server.
            var dns = await client.GetAsync<Service>("kube-system", "kube-dns");
            Assert.Equal("10.43.0.10", dns.Spec.ClusterIP);
            Assert.Equal("CoreDNS", dns.Metadata.Labels!["kubernetes.io/name"]);
            Assert.Equal(["dns/UDP/53", "dns-tcp/TCP/53", "metrics/TCP/9153"], dns.Spec.Ports!.Select(p => $"{p.Name}/{p.Protocol}/{p.Port}"));

            var manifest = Path.Combine(dir, "web.yaml");
            await File.WriteAllTextAsync(manifest, Manifest);
            (await kubectl.RunAsync("apply", "-f", manifest)).Ok();
            (await kubectl.RunAsync(["rollout", "status", "deployment/web", "--timeout=120s"], new ToolOptions { Timeout = TimeSpan.FromSeconds(130) })).Ok();
            (await kubectl.RunAsync(["wait", "pod/client", "--for=condition=Ready", "--timeout=60s"], new ToolOptions { Timeout = TimeSpan.FromSeconds(70) })).Ok();
            var clusterIp = (await client.GetAsync<Service>("default", "web")).Spec.ClusterIP!;
            var pods = (await client.LivePodsAsync("default", "app=web")).Select(p => p.Metadata.Name!).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(3, pods.Count);

            // The pod's resolver is the kube-dns cluster IP, which the proxy sends to the node's DNS server.
            var lookup = await ClusterSteps.UntilAsync(() => kubectl.RunAsync("exec", "client", "--", "nslookup", "web.default.svc.cluster.local"),
                r => r.Succeeded && r.Stdout.Contains(clusterIp, StringComparison.Ordinal), "nslookup from the pod to resolve the service", TimeSpan.FromSeconds(30));
            Assert.Contains("10.43.0.10", lookup.Stdout, StringComparison.Ordinal);

            var spread = await RequestsAsync(kubectl, "web.default.svc.cluster.local", 300);
            Assert.True(pods.SequenceEqual(spread.Keys), $"300 requests were answered by {Describe(spread)}, not by {string.Join(", ", pods)}");
            Assert.Equal(300, spread.Values.Sum());
            Assert.All(spread, p => Assert.True(p.Value >= 50, $"{p.Key} got {p.Value} of 300 requests: {Describe(spread)}"));

            var shortName = await RequestsAsync(kubectl, "web", 60);
            Assert.True(shortName.Keys.All(pods.Contains), $"requests to the short name were answered by {Describe(shortName)}");
            Assert.Equal(60, shortName.Values.Sum());

            // A pod failing its readiness probe leaves the endpoints: once it is not Ready, traffic stops reaching it
            // within its probe period (1 s) + 2 s. Without its page, httpd answers 404, which fails the probe.
            var broken = pods[0];
            (await kubectl.RunAsync("exec", broken, "--", "rm", "/www/index.html")).Ok();
            await ClusterSteps.UntilAsync(() => client.GetAsync<Pod>("default", broken),
                p => p.Status.Conditions?.Any(c => c.Type == "Ready" && c.Status == "False") == true, "the broken pod not Ready", TimeSpan.FromSeconds(15));
            var notReady = Stopwatch.StartNew();
            await ClusterSteps.UntilAsync(() => RequestsAsync(kubectl, "web", 10),
                r => r.Keys.All(pods.Contains) && !r.ContainsKey(broken), "requests to avoid the not-ready pod", TimeSpan.FromSeconds(10));
            Assert.True(notReady.Elapsed <= TimeSpan.FromSeconds(3), $"traffic left the not-ready pod {notReady.Elapsed} after it was not Ready");
            var avoiding = await RequestsAsync(kubectl, "web", 60);
            Assert.True(avoiding.Keys.SequenceEqual(pods.Where(p => p != broken)), $"after readiness failed: {Describe(avoiding)}");

            // Scaling to 1: the two pods going away leave the endpoints at once, so the proxy stops sending to them.
            var scaled = Stopwatch.StartNew();
            (await kubectl.RunAsync("scale", "deployment/web", "--replicas=1")).Ok();
            var remaining = await ClusterSteps.UntilAsync(() => client.LivePodsAsync("default", "app=web"),
                p => p.Count(pod => pod.Metadata.DeletionTimestamp is null) == 1, "one pod left", TimeSpan.FromSeconds(5));
            var survivor = remaining.Single(p => p.Metadata.DeletionTimestamp is null).Metadata.Name!;
            await ClusterSteps.UntilAsync(() => RequestsAsync(kubectl, "web", 10),
                s => s.Keys.SequenceEqual([survivor]), "all requests to the remaining pod", TimeSpan.FromSeconds(5) - scaled.Elapsed);
            Assert.True(scaled.Elapsed <= TimeSpan.FromSeconds(5), $"traffic moved to {survivor} only after {scaled.Elapsed}");
            Assert.Equal([survivor], (await RequestsAsync(kubectl, "web", 100)).Keys);

            // Scaling to 0: no ready endpoint, so the proxy rejects connections to the service.
            (await kubectl.RunAsync("scale", "deployment/web", "--replicas=0")).Ok();
            await ClusterSteps.UntilAsync(() => kubectl.RunAsync("exec", "client", "--", "timeout", "2", "wget", "-qO-", "http://web"),
                r => !r.Succeeded && r.Stderr.Contains("Connection refused", StringComparison.Ordinal), "connection refused with no endpoints",
                TimeSpan.FromSeconds(10));

            // The proxy and DNS report on the server's /metrics.
            var metrics = (await kubectl.RunAsync("get", "--raw", "/metrics")).Ok();
            Assert.Contains("kubeproxy_sync_proxy_rules_last_timestamp_seconds ", metrics, StringComparison.Ordinal);
            Assert.Contains("dotkube_dns_requests_total{proto=\"udp\",type=\"A\",zone=\"cluster.local.\"}", metrics, StringComparison.Ordinal);

            // A normal stop keeps the rules, as kube-proxy's; uninstall removes them, jumps from the built-in chains included.
            Assert.Equal(0, await server.StopAsync());
            await server.DisposeAsync();
            server = null;
            Assert.Contains("-j KUBE-SERVICES", await IptablesSaveAsync(), StringComparison.Ordinal);
            (await ToolProcess.RunAsync(AcceptancePaths.DotnetHost, [AcceptancePaths.DotkubeDll, "uninstall", "--data-dir", data],
                new ToolOptions { Timeout = TimeSpan.FromMinutes(2) })).Ok();
            Assert.DoesNotContain("KUBE-", await IptablesSaveAsync(), StringComparison.Ordinal);
            if (!bridgeExisted)
                Assert.False(Directory.Exists("/sys/class/net/cni0"), "cni0 is still there after uninstall");
        }
        finally
        {
            if (server is not null)
                await server.DisposeAsync();
            await AgentCleanup.UninstallAndDeleteAsync(dir, data);
        }
    }

    /// <summary>
    /// Runs <paramref name="count"/> requests to http://<paramref name="host"/> from the client pod; how many each pod answered
    /// (failed requests under "error: ..."). Bounded by timeout, not wget -T: Debian's static busybox wget crashes with -T; a
    /// request sent to a pod that is going away in the moment before the proxy drops it would otherwise hang.
    /// </summary>
    private static async Task<SortedDictionary<string, int>> RequestsAsync(KubectlRunner kubectl, string host, int count)
    {
        var result = await kubectl.RunAsync(["exec", "client", "--", "sh", "-c", $"for i in $(seq {count}); do timeout 2 wget -qO- http://{host} || echo error: $?; done"],
            new ToolOptions { Timeout = TimeSpan.FromSeconds(60) });
        var answers = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            answers[line.Trim()] = answers.GetValueOrDefault(line.Trim()) + 1;
        if (!result.Succeeded)
            answers[$"error: {result}"] = 1;
        return answers;
    }

    private static string Describe(SortedDictionary<string, int> spread) => string.Join(", ", spread.Select(p => $"{p.Key}={p.Value}"));

    private static async Task<string> IptablesSaveAsync() => (await ToolProcess.RunAsync("iptables-save", [])).Ok();
}
