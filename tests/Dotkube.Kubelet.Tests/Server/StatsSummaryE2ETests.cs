using System.Net;
using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Kubelet.Server;
using Dotkube.Kubelet.Tests.Pods;
using Dotkube.Kubelet.Tests.Support;

namespace Dotkube.Kubelet.Tests.Server;

/// <summary>E2E: the kubelet's /stats/summary from real containers through CRI ListContainerStats, and the node's from /proc.</summary>
public sealed class StatsSummaryE2ETests(KubeletApiFixture fixture) : IClassFixture<KubeletApiFixture>
{
    private const string Ns = "default";

    private PodNodeFixture Node => fixture.Node;

    [Fact]
    public async Task A_running_pod_shows_up_with_its_container_memory_and_cpu_and_the_node_with_its_own()
    {
        var pod = await Node.Client.CreateAsync(new Pod
        {
            Metadata = new ObjectMeta { Name = "busy", Namespace = Ns },
            Spec = new PodSpec
            {
                NodeName = PodNodeFixture.NodeName,
                TerminationGracePeriodSeconds = 1,
                Containers = [new Container { Name = "main", Image = "docker.io/library/busybox:1.36", Command = ["sh", "-c", "while true; do :; done"] }],
            },
        });
        var running = await Node.WaitForAsync(pod, p => p.Status.ContainerStatuses?.SingleOrDefault()?.State.Running is not null, "running");
        var stats = fixture.Stats;

        PodStats? busy = null;
        await Eventually.HoldsAsync(async () =>
        {
            // usageNanoCores needs two samples of a container's cpu time: the first request only primes it.
            var summary = await stats.SummaryAsync(CancellationToken.None);
            busy = summary.Pods.SingleOrDefault(p => p.PodRef.Uid == running.Metadata.Uid);
            return busy?.Containers.SingleOrDefault()?.Cpu?.UsageNanoCores > 0;
        }, PodWaits.Timeout, "the pod's container shows a cpu rate");

        Assert.Equal(new PodReference("busy", Ns, running.Metadata.Uid!), busy!.PodRef);
        var container = busy.Containers.Single();
        Assert.Equal("main", container.Name);
        Assert.True(container.Memory?.WorkingSetBytes > 0, "the container's working set is not zero");
        Assert.True(busy.Memory?.WorkingSetBytes >= container.Memory!.WorkingSetBytes);
        Assert.True(container.Cpu!.UsageCoreNanoSeconds > 0);

        using var apiServer = Node.Cluster.Server.Pki.KubeletClient.ToCertificate();
        using var client = PodLogsTests.Client(apiServer);
        var url = $"https://127.0.0.1:{fixture.Server.Port}/stats/summary";
        var json = JsonNode.Parse(await client.GetStringAsync(url))!;
        Assert.Equal(PodNodeFixture.NodeName, (string?)json["node"]!["nodeName"]);
        Assert.True((ulong?)json["node"]!["memory"]!["workingSetBytes"] > 0);
        Assert.True((ulong?)json["node"]!["cpu"]!["usageCoreNanoSeconds"] > 0);
        Assert.NotNull(json["node"]!["fs"]!["capacityBytes"]);
        var entry = json["pods"]!.AsArray().Single(p => (string?)p!["podRef"]!["uid"] == running.Metadata.Uid)!;
        Assert.Equal("main", (string?)entry["containers"]![0]!["name"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", (string?)entry["startTime"]);
        await Node.DeletePodAsync(Ns, "busy");

        using var admin = Node.Cluster.AdminCertificate();
        using var asAdmin = PodLogsTests.Client(admin);
        var forbidden = await asAdmin.GetAsync(url);
        Assert.Equal((HttpStatusCode.Forbidden, "Forbidden (user=system:admin, verb=get, resource=nodes, subresource=stats)"),
            (forbidden.StatusCode, await forbidden.Content.ReadAsStringAsync()));
    }
}
