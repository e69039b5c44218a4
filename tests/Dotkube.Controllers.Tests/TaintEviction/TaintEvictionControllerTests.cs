using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;
using Dotkube.Controllers.NodeLifecycle;
using Dotkube.Controllers.TaintEviction;
using Dotkube.Controllers.Tests.NodeLifecycle;
using Dotkube.Controllers.Tests.Support;

namespace Dotkube.Controllers.Tests.TaintEviction;

[Collection(ClusterCollection.Name)]
public sealed class TaintEvictionControllerTests(ClusterFixture fixture)
{
    private KubeClient Client => fixture.Client;

    [Fact]
    public async Task Pods_are_evicted_at_once_after_their_toleration_seconds_or_never_as_their_tolerations_say()
    {
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
        var ns = await fixture.NewNamespaceAsync();
        await using var kubelet = await SimulatedKubelet.RegisterAsync(Client, "tainted-" + ns, withLease: false);
        await kubelet.RunPodAsync(ns, "intolerant", [NodeLifecycleControllerTests.Intolerant()]);
        await kubelet.RunPodAsync(ns, "brief", [Unreachable(seconds: 2)]);
        await kubelet.RunPodAsync(ns, "forever", [Unreachable(seconds: null)]);
        await kubelet.RunPodAsync(ns, "defaults", null); // DefaultTolerationSeconds: 300 s
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new TaintEvictionController(ctx));

        await TaintAsync(kubelet.NodeName, WellKnownTaints.NodeUnreachable);

        var intolerant = await Eventually.ReturnsAsync(() => GetAsync(ns, "intolerant"), NodeLifecycleControllerTests.Evicted, "the intolerant pod evicted");
        var started = DateTime.UtcNow;
        Assert.Null((await GetAsync(ns, "brief"))!.Metadata.DeletionTimestamp);
        var disruption = intolerant!.Status.Conditions!.Single(c => c.Type == "DisruptionTarget");
        Assert.Equal(("True", "DeletionByTaintManager", "Taint manager: deleting due to NoExecute taint"),
            (disruption.Status, disruption.Reason, disruption.Message));
        await Eventually.ReturnsAsync(() => GetAsync(ns, "brief"), NodeLifecycleControllerTests.Evicted, "the pod tolerating 2 s evicted");
        Assert.True(DateTime.UtcNow - started > TimeSpan.FromSeconds(1), "evicted before its toleration seconds");
        Assert.Null((await GetAsync(ns, "forever"))!.Metadata.DeletionTimestamp);
        Assert.Null((await GetAsync(ns, "defaults"))!.Metadata.DeletionTimestamp);
        await Eventually.HoldsAsync(async () => (await Client.ListAsync<Event>(ns)).Items.Any(e =>
            e.Reason == "TaintManagerEviction" && e.Message == $"Marking for deletion Pod {ns}/intolerant"
            && e.Source.Component == "taint-eviction-controller"), "the TaintManagerEviction event");
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
    }

    [Fact]
    public async Task An_eviction_is_cancelled_when_the_taint_goes_before_its_time()
    {
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
        var ns = await fixture.NewNamespaceAsync();
        await using var kubelet = await SimulatedKubelet.RegisterAsync(Client, "flapping-" + ns, withLease: false);
        await kubelet.RunPodAsync(ns, "p", [Unreachable(seconds: 2)]);
        TaintEvictionController controller = null!;
        await using var running = await RunningControllers.StartAsync(fixture, ctx => controller = new TaintEvictionController(ctx));

        await TaintAsync(kubelet.NodeName, WellKnownTaints.NodeUnreachable);
        await Eventually.HoldsAsync(() => Task.FromResult(controller.PendingEvictions == 1), "the eviction scheduled");
        await Client.PatchAsync<Node>(null, kubelet.NodeName, PatchType.Merge, """{"spec":{"taints":null}}""");

        await Eventually.HoldsAsync(async () => (await Client.ListAsync<Event>(ns)).Items.Any(e =>
            e.Reason == "TaintManagerEviction" && e.Message == $"Cancelling deletion of Pod {ns}/p"), "the cancellation event");
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Null((await GetAsync(ns, "p"))!.Metadata.DeletionTimestamp);
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
    }

    [Fact]
    public async Task Pods_on_a_node_that_went_silent_are_evicted_by_the_two_controllers_together()
    {
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
        var ns = await fixture.NewNamespaceAsync();
        await using var healthy = await SimulatedKubelet.RegisterAsync(Client, "healthy-" + ns);
        await using var silent = await SimulatedKubelet.RegisterAsync(Client, "silent-" + ns);
        healthy.StartRenewing(NodeLifecycleControllerTests.RenewPeriod);
        await silent.RunPodAsync(ns, "intolerant", [NodeLifecycleControllerTests.Intolerant()]);
        await silent.RunPodAsync(ns, "brief", [Unreachable(seconds: 1)]);
        await healthy.RunPodAsync(ns, "elsewhere", [NodeLifecycleControllerTests.Intolerant()]);
        await using var running = await RunningControllers.StartAsync(fixture, NodeLifecycleControllerTests.FastOptions,
            ctx => new NodeLifecycleController(ctx), ctx => new TaintEvictionController(ctx));

        await Eventually.ReturnsAsync(() => GetAsync(ns, "intolerant"), NodeLifecycleControllerTests.Evicted, "the intolerant pod evicted");
        await Eventually.ReturnsAsync(() => GetAsync(ns, "brief"), NodeLifecycleControllerTests.Evicted, "the pod tolerating 1 s evicted");
        Assert.Null((await GetAsync(ns, "elsewhere"))!.Metadata.DeletionTimestamp);
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
    }

    private static Toleration Unreachable(long? seconds) => new()
    {
        Key = WellKnownTaints.NodeUnreachable,
        Operator = TolerationOperator.Exists,
        Effect = TaintEffect.NoExecute,
        TolerationSeconds = seconds,
    };

    private Task TaintAsync(string node, string key) =>
        Client.PatchAsync<Node>(null, node, PatchType.Merge,
            $$$"""{"spec":{"taints":[{"key":"{{{key}}}","effect":"NoExecute","timeAdded":"{{{DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ}}}"}]}}""");

    private async Task<Pod?> GetAsync(string ns, string name)
    {
        try
        {
            return await Client.GetAsync<Pod>(ns, name);
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            return null;
        }
    }
}
