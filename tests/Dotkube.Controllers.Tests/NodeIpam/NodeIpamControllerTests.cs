using System.Net;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;
using Dotkube.Controllers.NodeIpam;
using Dotkube.Controllers.Tests.NodeLifecycle;
using Dotkube.Controllers.Tests.Support;

namespace Dotkube.Controllers.Tests.NodeIpam;

[Collection(ClusterCollection.Name)]
public sealed class NodeIpamControllerTests(ClusterFixture fixture)
{
    private KubeClient Client => fixture.Client;

    [Fact]
    public async Task Every_node_gets_a_distinct_pod_cidr_of_the_cluster_cidr()
    {
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new NodeIpamController(ctx));
        var names = Enumerable.Range(0, 5).Select(i => $"ipam-{i}").ToList();

        foreach (var name in names)
            await CreateNodeAsync(name);

        var nodes = await Task.WhenAll(names.Select(n => Eventually.ReturnsAsync(() => Client.GetAsync<Node>(null, n),
            node => node.Spec.PodCIDR is not null, "a podCIDR for " + n)));
        var cidrs = nodes.Select(n => n.Spec.PodCIDR!).ToList();
        Assert.Equal(5, cidrs.Distinct().Count());
        Assert.All(nodes, n => Assert.Equal([n.Spec.PodCIDR!], n.Spec.PodCIDRs!));
        Assert.All(cidrs, c =>
        {
            var cidr = IPNetwork.Parse(c);
            Assert.Equal(24, cidr.PrefixLength);
            Assert.True(IPNetwork.Parse("10.42.0.0/16").Contains(cidr.BaseAddress));
        });
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
    }

    [Fact]
    public async Task Existing_cidrs_are_kept_and_occupied_an_exhausted_range_is_reported_and_a_deleted_nodes_cidr_is_reused()
    {
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
        // Four /24s in all; one already taken by a node registered with its own podCIDR.
        await CreateNodeAsync("ipam-preset", "10.99.0.0/24");
        var options = new ControllerManagerOptions { ClusterCidr = IPNetwork.Parse("10.99.0.0/22"), NodeCidrMaskSize = 24 };
        await using var running = await RunningControllers.StartAsync(fixture, options, ctx => new NodeIpamController(ctx));

        foreach (var name in new[] { "ipam-a", "ipam-b", "ipam-c" })
            await CreateNodeAsync(name);
        var assigned = new List<string>();
        foreach (var name in new[] { "ipam-a", "ipam-b", "ipam-c" })
            assigned.Add((await WaitForCidrAsync(name)).Spec.PodCIDR!);
        Assert.Equal(["10.99.1.0/24", "10.99.2.0/24", "10.99.3.0/24"], assigned.Order());
        Assert.Equal("10.99.0.0/24", (await Client.GetAsync<Node>(null, "ipam-preset")).Spec.PodCIDR);

        await CreateNodeAsync("ipam-late");
        await Eventually.HoldsAsync(async () => (await Client.ListAsync<Event>("default")).Items.Any(e => e.Reason == "CIDRNotAvailable"
            && e.InvolvedObject.Name == "ipam-late" && e.Message == "Node ipam-late status is now: CIDRNotAvailable"
            && e.Type == "Warning"), "the CIDRNotAvailable event");

        await Client.DeleteAsync<Node>(null, "ipam-b");
        var late = await WaitForCidrAsync("ipam-late");
        Assert.Equal(assigned[1], late.Spec.PodCIDR);
        await SimulatedKubelet.DeleteAllNodesAsync(Client);
    }

    private Task<Node> WaitForCidrAsync(string name) =>
        Eventually.ReturnsAsync(() => Client.GetAsync<Node>(null, name), n => n.Spec.PodCIDR is not null, "a podCIDR for " + name,
            TimeSpan.FromSeconds(30));

    private Task<Node> CreateNodeAsync(string name, string? podCidr = null) =>
        Client.CreateAsync(new Node
        {
            Metadata = new ObjectMeta { Name = name },
            Spec = new NodeSpec { PodCIDR = podCidr, PodCIDRs = podCidr is null ? null : [podCidr] },
        });
}
