using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;
using Dotkube.Controllers.NodeLifecycle;
using Dotkube.Controllers.TaintEviction;
using Dotkube.Controllers.Tests.Support;

namespace Dotkube.Controllers.Tests.NodeLifecycle;

[Collection(ClusterCollection.Name)]
public sealed class NodeLifecycleControllerTests(ClusterFixture fixture)
{
    /// <summary>Upstream's defaults scaled down: a 2 s grace checked every 200 ms, kubelets renewing every 300 ms.</summary>
    internal static readonly ControllerManagerOptions FastOptions = new()
    {
        NodeMonitorGracePeriod = TimeSpan.FromSeconds(2),
        NodeMonitorPeriod = TimeSpan.FromMilliseconds(200),
        ConcurrentSyncs = 2,
    };

    internal static readonly TimeSpan RenewPeriod = TimeSpan.FromMilliseconds(300);

    private KubeClient Client => fixture.Client;

    [Fact]
    public async Task A_node_whose_lease_stops_being_renewed_becomes_unknown_and_tainted_until_its_kubelet_is_back()
    {
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
        var ns = await fixture.NewNamespaceAsync();
        await using var healthy = await SimulatedKubelet.RegisterAsync(Client, "healthy-" + ns);
        await using var silent = await SimulatedKubelet.RegisterAsync(Client, "silent-" + ns);
        healthy.StartRenewing(RenewPeriod);
        var pod = await silent.RunPodAsync(ns, "p", [new Toleration { Operator = "Exists" }], ready: true);
        await using var running = await RunningControllers.StartAsync(fixture, FastOptions, ctx => new NodeLifecycleController(ctx));

        var node = await Eventually.ReturnsAsync(silent.GetAsync, n => Has(n, WellKnownTaints.NodeUnreachable, TaintEffect.NoExecute),
            "the unreachable NoExecute taint");

        Assert.All(node.Status.Conditions!, c => Assert.Equal(ConditionStatus.Unknown, c.Status));
        var ready = node.Status.Conditions!.Single(c => c.Type == "Ready");
        Assert.Equal("NodeStatusUnknown", ready.Reason);
        Assert.Equal("Kubelet stopped posting node status.", ready.Message);
        Assert.NotNull(node.Spec.Taints!.Single(t => t.Effect == TaintEffect.NoExecute).TimeAdded);
        await Eventually.HoldsAsync(async () => Has(await silent.GetAsync(), WellKnownTaints.NodeUnreachable, TaintEffect.NoSchedule),
            "the unreachable NoSchedule taint");
        await Eventually.HoldsAsync(async () => PodNotReady(await Client.GetAsync<Pod>(ns, pod.Metadata.Name!)), "the pod marked not ready");
        Assert.Null((await healthy.GetAsync()).Spec.Taints);

        // The lease alone makes the node fresh, but only its kubelet says it is Ready again.
        silent.StartRenewing(RenewPeriod);
        await silent.PostReadyAsync(ConditionStatus.True);
        node = await Eventually.ReturnsAsync(silent.GetAsync, n => n.Spec.Taints is null or [], "the taints removed");
        Assert.Equal("KubeletReady", node.Status.Conditions!.Single(c => c.Type == "Ready").Reason);
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
    }

    [Fact]
    public async Task A_node_whose_kubelet_reports_not_ready_gets_the_not_ready_taints_swapped_for_unreachable_when_it_goes_silent()
    {
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
        var ns = await fixture.NewNamespaceAsync();
        await using var healthy = await SimulatedKubelet.RegisterAsync(Client, "healthy-" + ns);
        await using var sick = await SimulatedKubelet.RegisterAsync(Client, "sick-" + ns);
        healthy.StartRenewing(RenewPeriod);
        sick.StartRenewing(RenewPeriod);
        await sick.PostReadyAsync(ConditionStatus.False);
        await using var running = await RunningControllers.StartAsync(fixture, FastOptions, ctx => new NodeLifecycleController(ctx));

        await Eventually.HoldsAsync(async () =>
        {
            var n = await sick.GetAsync();
            return Has(n, WellKnownTaints.NodeNotReady, TaintEffect.NoExecute) && Has(n, WellKnownTaints.NodeNotReady, TaintEffect.NoSchedule);
        }, "the not-ready taints");

        await sick.StopRenewingAsync();
        var node = await Eventually.ReturnsAsync(sick.GetAsync, n => Has(n, WellKnownTaints.NodeUnreachable, TaintEffect.NoExecute)
            && Has(n, WellKnownTaints.NodeUnreachable, TaintEffect.NoSchedule), "the unreachable taints");
        Assert.DoesNotContain(node.Spec.Taints!, t => t.Key == WellKnownTaints.NodeNotReady);
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
    }

    [Fact]
    public async Task When_every_node_is_unhealthy_no_NoExecute_taint_is_applied_and_no_pod_is_evicted()
    {
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
        var ns = await fixture.NewNamespaceAsync();
        await using var a = await SimulatedKubelet.RegisterAsync(Client, "a-" + ns);
        await using var b = await SimulatedKubelet.RegisterAsync(Client, "b-" + ns);
        var intolerant = await a.RunPodAsync(ns, "intolerant", [Intolerant()]);
        await using var running = await RunningControllers.StartAsync(fixture, FastOptions,
            ctx => new NodeLifecycleController(ctx), ctx => new TaintEvictionController(ctx));

        // The NoSchedule taints follow the conditions whatever the disruption: proof both were judged unreachable.
        foreach (var kubelet in new[] { a, b })
        {
            await Eventually.HoldsAsync(async () => Has(await kubelet.GetAsync(), WellKnownTaints.NodeUnreachable, TaintEffect.NoSchedule),
                "the NoSchedule taint of " + kubelet.NodeName);
        }

        // Several monitor passes later (a taint would come within two), still nothing to evict for.
        await Task.Delay(FastOptions.NodeMonitorPeriod * 10);
        foreach (var kubelet in new[] { a, b })
            Assert.DoesNotContain((await kubelet.GetAsync()).Spec.Taints!, t => t.Effect == TaintEffect.NoExecute);
        Assert.Null((await Client.GetAsync<Pod>(ns, intolerant.Metadata.Name!)).Metadata.DeletionTimestamp);
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
    }

    [Fact]
    public async Task A_cordoned_node_gets_the_unschedulable_taint()
    {
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
        var ns = await fixture.NewNamespaceAsync();
        await using var kubelet = await SimulatedKubelet.RegisterAsync(Client, "cordoned-" + ns);
        kubelet.StartRenewing(RenewPeriod);
        await using var running = await RunningControllers.StartAsync(fixture, FastOptions, ctx => new NodeLifecycleController(ctx));

        await Client.PatchAsync<Node>(null, kubelet.NodeName, PatchType.Merge, """{"spec":{"unschedulable":true}}""");

        await Eventually.HoldsAsync(async () => Has(await kubelet.GetAsync(), WellKnownTaints.NodeUnschedulable, TaintEffect.NoSchedule),
            "the unschedulable taint");
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
    }

    /// <summary>A toleration that keeps the default ones out (it names the key) but matches no unreachable taint (wrong value).</summary>
    internal static Toleration Intolerant() =>
        new() { Key = WellKnownTaints.NodeUnreachable, Operator = TolerationOperator.Equal, Value = "never", Effect = TaintEffect.NoExecute };

    internal static bool Has(Node node, string key, string effect) => node.Spec.Taints?.Any(t => t.Key == key && t.Effect == effect) == true;

    private static bool PodNotReady(Pod pod) => pod.Status.Conditions?.Single(c => c.Type == "Ready").Status == ConditionStatus.False;

    internal static bool Evicted(Pod? pod) => pod is null || pod.Metadata.DeletionTimestamp is not null;

    internal static ObjectMeta Meta(string ns, string name) => new() { Namespace = ns, Name = name };
}
