using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;
using Dotkube.Controllers.PodGc;
using Dotkube.Controllers.Tests.Common;
using Dotkube.Controllers.Tests.Support;

namespace Dotkube.Controllers.Tests.PodGc;

[Collection(ClusterCollection.Name)]
public sealed class PodGcControllerTests(ClusterFixture fixture)
{
    private static readonly PodGcOptions Fast = new() { CheckPeriod = TimeSpan.FromMilliseconds(100), Quarantine = TimeSpan.FromMilliseconds(500) };

    private KubeClient Client => fixture.Client;

    [Fact]
    public async Task Pods_on_a_node_that_no_longer_exists_are_deleted_after_the_quarantine()
    {
        var ns = await fixture.NewNamespaceAsync();
        var alive = "alive-" + ns;
        await Client.CreateAsync(new Node { Metadata = new ObjectMeta { Name = alive } });
        await CreatePodAsync(ns, "on-alive", alive);
        await CreatePodAsync(ns, "orphan", "gone-" + ns);

        await using var running = await RunningControllers.StartAsync(fixture, ctx => new PodGcController(ctx, Fast));

        await Eventually.HoldsAsync(async () => !await ExistsAsync(ns, "orphan"), "the orphaned pod deleted");
        Assert.True(await ExistsAsync(ns, "on-alive"));
    }

    [Fact]
    public async Task The_oldest_terminated_pods_beyond_the_threshold_are_deleted()
    {
        var ns = await fixture.NewNamespaceAsync();
        var node = "node-" + ns;
        await Client.CreateAsync(new Node { Metadata = new ObjectMeta { Name = node } });
        // Pod GC counts the whole cluster: leave room for terminated pods other tests left behind.
        var elsewhere = (await Client.ListAsync<Pod>(null)).Items.Count(PodGcSelection.IsTerminated);
        await CreatePodAsync(ns, "running", node);
        for (var i = 0; i < 5; i++)
        {
            await CreatePodAsync(ns, $"done-{i}", node);
            await FinishAsync(ns, $"done-{i}");
        }

        var options = new ControllerManagerOptions { TerminatedPodGcThreshold = elsewhere + 2 };
        await using var running = await RunningControllers.StartAsync(fixture, options, ctx => new PodGcController(ctx, Fast));

        var left = await Eventually.ReturnsAsync(
            async () => (await Client.ListAsync<Pod>(ns)).Items.Select(p => p.Metadata.Name!).Order(StringComparer.Ordinal).ToList(),
            names => names.Count == 3, "three pods left");
        Assert.Equal(["done-3", "done-4", "running"], left);
    }

    private async Task CreatePodAsync(string ns, string name, string node) =>
        await Client.CreateAsync(new Pod
        {
            Metadata = new ObjectMeta { Name = name, Namespace = ns },
            Spec = new PodSpec { NodeName = node, Containers = [new Container { Name = "c", Image = "busybox" }] },
        });

    /// <summary>Evicted, so they go before any terminated pod other tests left, whatever its age.</summary>
    private async Task FinishAsync(string ns, string name)
    {
        var pod = await Client.GetAsync<Pod>(ns, name);
        pod.Status.Phase = "Failed";
        pod.Status.Reason = "Evicted";
        await Client.UpdateStatusAsync(pod);
    }

    private async Task<bool> ExistsAsync(string ns, string name) => await Client.TryGetAsync<Pod>(ns, name) is not null;
}
