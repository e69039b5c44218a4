using Dotkube.Api.Core.V1;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Testing.HollowNodes;

namespace Dotkube.Tests.Acceptance.Controllers;

/// <summary>
/// `dotkube server` with three hollow nodes and short node timings, given through the k3s-style
/// flags: a 10 s node monitor grace period (upstream 50 s) and 5 s default tolerations (upstream 300 s).
/// </summary>
public sealed class NodeFailureFixture : BinaryServerFixture
{
    public const int TolerationSeconds = 5;

    public KubeClient Client { get; private set; } = null!;

    public HollowNodeSet Nodes { get; private set; } = null!;

    protected override IEnumerable<string> ExtraArguments =>
    [
        "--kube-controller-manager-arg", "node-monitor-grace-period=10s",
        "--kube-controller-manager-arg", "node-monitor-period=1s",
        "--kube-apiserver-arg", $"default-unreachable-toleration-seconds={TolerationSeconds}",
        "--kube-apiserver-arg", $"default-not-ready-toleration-seconds={TolerationSeconds}",
    ];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Client = new KubeClient(KubeconfigLoader.Load(KubeconfigPath));
        Nodes = await HollowNodeSet.StartAsync(Client,
            new HollowNodeOptions { Count = 3, NamePrefix = "node", LeaseRenewInterval = TimeSpan.FromSeconds(1) });
    }

    public override async Task DisposeAsync()
    {
        if (Nodes is not null)
            await Nodes.DisposeAsync();
        Client?.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>Node lease loss: Unknown + taint, eviction after the default toleration, replacement elsewhere; no eviction when every node is down.</summary>
public sealed class NodeFailureTests(NodeFailureFixture cluster) : IClassFixture<NodeFailureFixture>
{
    private static readonly TimeSpan NotReadyWithin = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_node_that_stops_renewing_its_lease_is_tainted_and_its_pods_are_replaced_on_other_nodes()
    {
        var ns = await cluster.NewNamespaceAsync("lost");
        await cluster.OkAsync("create", "deployment", "web", "--image=busybox", "--replicas=6", "-n", ns);
        await cluster.RolloutDoneAsync(ns, "web");
        var pods = await cluster.Client.LivePodsAsync(ns);
        var tolerations = pods[0].Spec.Tolerations!.Select(t => $"{t.Key}:{t.Effect}:{t.TolerationSeconds}");
        Assert.Equal(["node.kubernetes.io/not-ready:NoExecute:5", "node.kubernetes.io/unreachable:NoExecute:5"], tolerations.Order());
        var lost = pods[0].Spec.NodeName!;
        var onLost = pods.Where(p => p.Spec.NodeName == lost).Select(p => p.Metadata.Name).ToHashSet();

        try
        {
            cluster.Nodes.Stop(lost);
            var node = await ClusterSteps.UntilAsync(() => cluster.Client.GetAsync<Node>(null, lost),
                n => ReadyStatus(n) == "Unknown" && HasTaint(n, "node.kubernetes.io/unreachable", "NoExecute"), "an unreachable node",
                NotReadyWithin);
            Assert.True(HasTaint(node, "node.kubernetes.io/unreachable", "NoSchedule"));

            var replaced = await ClusterSteps.UntilAsync(() => cluster.Client.LivePodsAsync(ns),
                p => p.Count(ClusterSteps.IsReady) == 6 && p.All(x => x.Spec.NodeName != lost), "6 ready pods on the other nodes");
            Assert.DoesNotContain(replaced, p => onLost.Contains(p.Metadata.Name));
        }
        finally
        {
            cluster.Nodes.Resume(lost);
        }

        var back = await ClusterSteps.UntilAsync(() => cluster.Client.GetAsync<Node>(null, lost),
            n => ReadyStatus(n) == "True" && !(n.Spec.Taints ?? []).Any(), "the node back without taints");
        Assert.Equal("True", ReadyStatus(back));
        // The returning kubelet finishes the evicted pods it still had.
        await ClusterSteps.UntilAsync(() => cluster.Client.ListAsync<Pod>(ns), l => l.Items.Count == 6, "evicted pods finished");
    }

    [Fact]
    public async Task When_every_node_stops_nothing_is_evicted()
    {
        var ns = await cluster.NewNamespaceAsync("alldown");
        await cluster.OkAsync("create", "deployment", "web", "--image=busybox", "--replicas=3", "-n", ns);
        await cluster.RolloutDoneAsync(ns, "web");
        var before = (await cluster.Client.LivePodsAsync(ns)).Select(p => p.Metadata.Name).Order().ToList();

        try
        {
            foreach (var name in cluster.Nodes.Names)
                cluster.Nodes.Stop(name);
            await ClusterSteps.UntilAsync(() => cluster.Client.ListAsync<Node>(null),
                l => l.Items.Where(n => cluster.Nodes.Names.Contains(n.Metadata.Name)).All(n => ReadyStatus(n) == "Unknown"),
                "every node unknown", NotReadyWithin);
            // Three times the toleration: long enough for any eviction to have happened.
            await Task.Delay(TimeSpan.FromSeconds(3 * NodeFailureFixture.TolerationSeconds));

            var pods = await cluster.Client.ListAsync<Pod>(ns);
            Assert.Equal(before, pods.Items.Where(p => p.Metadata.DeletionTimestamp is null).Select(p => p.Metadata.Name).Order());
            var nodes = await cluster.Client.ListAsync<Node>(null);
            Assert.DoesNotContain(nodes.Items, n => (n.Spec.Taints ?? []).Any(t => t.Effect == "NoExecute"));
        }
        finally
        {
            foreach (var name in cluster.Nodes.Names)
                cluster.Nodes.Resume(name);
        }

        await ClusterSteps.UntilAsync(() => cluster.Client.ListAsync<Node>(null), l => l.Items.All(n => ReadyStatus(n) == "True"),
            "every node ready again");
    }

    private static string? ReadyStatus(Node node) => node.Status.Conditions?.FirstOrDefault(c => c.Type == "Ready")?.Status;

    private static bool HasTaint(Node node, string key, string effect) =>
        (node.Spec.Taints ?? []).Any(t => t.Key == key && t.Effect == effect);
}
