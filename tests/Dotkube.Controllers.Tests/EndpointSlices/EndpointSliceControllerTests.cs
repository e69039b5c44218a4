using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Common;
using Dotkube.Controllers.EndpointSlices;
using Dotkube.Controllers.Tests.Support;
using static Dotkube.Controllers.Tests.Endpoints.ClusterObjects;
using static Dotkube.Controllers.Tests.Endpoints.ServiceTestObjects;
using Collector = Dotkube.Controllers.GarbageCollector.GarbageCollector;
using Slice = Dotkube.Api.Discovery.V1.EndpointSlice;

namespace Dotkube.Controllers.Tests.EndpointSlices;

[Collection(ClusterCollection.Name)]
public sealed class EndpointSliceControllerTests(ClusterFixture fixture)
{
    private KubeClient Client => fixture.Client;

    [Fact]
    public async Task A_service_gets_a_slice_of_its_pods_and_a_pod_turning_not_ready_is_marked_so_in_place()
    {
        var ns = await fixture.NewNamespaceAsync();
        var node = await CreateNodeAsync(Client, ns);
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new EndpointSliceController(ctx));
        var service = await CreateServiceAsync(Client, ns);
        var pods = new List<Pod>();
        for (var i = 1; i <= 3; i++)
            pods.Add(await CreateRunningPodAsync(Client, ns, $"web-{i}", $"10.42.0.{i}", node));

        var slice = Assert.Single(await SlicesWhere(ns, s => s.Count == 1 && ReadyPods(s[0]) == "web-1,web-2,web-3", "one slice of three ready pods"));

        Assert.StartsWith("web-", slice.Metadata.Name);
        Assert.Equal(AddressType.IPv4, slice.AddressType);
        Assert.Equal(EndpointSliceLabels.ControllerName, slice.Metadata.Labels![EndpointSliceLabels.ManagedBy]);
        Assert.Equal("front", slice.Metadata.Labels["tier"]);
        var owner = Assert.Single(slice.Metadata.OwnerReferences!);
        Assert.Equal(("Service", service.Metadata.Uid, true), (owner.Kind, owner.Uid, owner.Controller == true));
        var port = Assert.Single(slice.Ports);
        Assert.Equal(("http", "TCP", 8080), (port.Name, port.Protocol, port.Port!.Value));
        var first = slice.Endpoints.Single(e => e.TargetRef!.Name == "web-1");
        Assert.Equal(["10.42.0.1"], first.Addresses);
        Assert.Equal(("Pod", ns, pods[0].Metadata.Uid, node), (first.TargetRef!.Kind, first.TargetRef.Namespace, first.TargetRef.Uid, first.NodeName));
        Assert.True(slice.Metadata.Annotations?.ContainsKey(ServiceEndpoints.LastChangeTriggerTimeAnnotation));

        await SetStatusAsync(Client, ns, "web-2", "10.42.0.2", ready: false);

        var after = Assert.Single(await SlicesWhere(ns, s => s.Count == 1 && ReadyPods(s[0]) == "web-1,web-3", "web-2 not ready"));
        Assert.Equal(slice.Metadata.Name, after.Metadata.Name);
        var notReady = after.Endpoints.Single(e => e.TargetRef!.Name == "web-2");
        Assert.Equal((false, false, false), (notReady.Conditions.Ready, notReady.Conditions.Serving, notReady.Conditions.Terminating));
    }

    [Fact]
    public async Task Publishing_not_ready_addresses_marks_every_endpoint_ready()
    {
        var ns = await fixture.NewNamespaceAsync();
        var node = await CreateNodeAsync(Client, ns);
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new EndpointSliceController(ctx));
        await CreateServiceAsync(Client, ns, publishNotReady: true);
        await CreateRunningPodAsync(Client, ns, "web-1", "10.42.0.1", node, ready: false);

        var slice = Assert.Single(await SlicesWhere(ns, s => s.Count == 1 && ReadyPods(s[0]) == "web-1", "the not-ready pod published as ready"));
        Assert.False(slice.Endpoints[0].Conditions.Serving);
    }

    [Fact]
    public async Task A_headless_service_gets_headless_slices_with_hostnames()
    {
        var ns = await fixture.NewNamespaceAsync();
        var node = await CreateNodeAsync(Client, ns);
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new EndpointSliceController(ctx));
        await CreateServiceAsync(Client, ns, headless: true);
        await CreateRunningPodAsync(Client, ns, "web-1", "10.42.0.1", node, hostname: "alpha");

        var slices = await SlicesWhere(ns, s => s.Any(x => ReadyPods(x) == "web-1"), "a slice with the pod");

        var slice = slices.Single(s => s.Endpoints.Count == 1);
        Assert.Equal("", slice.Metadata.Labels![ServiceEndpoints.HeadlessLabel]);
        Assert.Equal("alpha", slice.Endpoints[0].Hostname);
    }

    [Fact]
    public async Task Pods_resolving_a_named_port_differently_get_separate_slices()
    {
        var ns = await fixture.NewNamespaceAsync();
        var node = await CreateNodeAsync(Client, ns);
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new EndpointSliceController(ctx));
        await CreateServiceAsync(Client, ns, ports: Port("web", 80, "http"));
        await CreateRunningPodAsync(Client, ns, "web-1", "10.42.0.1", node, ports: ContainerPort("http", 8080));
        await CreateRunningPodAsync(Client, ns, "web-2", "10.42.0.2", node, ports: ContainerPort("http", 9090));

        var slices = await SlicesWhere(ns, s => s.Count == 2 && s.All(x => x.Endpoints.Count == 1), "two slices of one endpoint");

        Assert.Equal(["web-1:8080", "web-2:9090"],
            slices.Select(s => $"{s.Endpoints[0].TargetRef!.Name}:{Assert.Single(s.Ports).Port}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Slices_hold_at_most_the_configured_number_of_endpoints()
    {
        var ns = await fixture.NewNamespaceAsync();
        var node = await CreateNodeAsync(Client, ns);
        await using var running = await RunningControllers.StartAsync(fixture,
            ctx => new EndpointSliceController(ctx, new EndpointSliceOptions { MaxEndpointsPerSlice = 2 }));
        await CreateServiceAsync(Client, ns);
        for (var i = 1; i <= 5; i++)
            await CreateRunningPodAsync(Client, ns, $"web-{i}", $"10.42.0.{i}", node);

        var slices = await SlicesWhere(ns, s => s.Sum(x => x.Endpoints.Count) == 5, "five endpoints");

        Assert.All(slices, s => Assert.InRange(s.Endpoints.Count, 1, 2));
        Assert.Equal(3, slices.Count);
    }

    [Fact]
    public async Task Deleting_the_service_deletes_its_slices()
    {
        var ns = await fixture.NewNamespaceAsync();
        var node = await CreateNodeAsync(Client, ns);
        // As upstream, the garbage collector deletes the slices the Service controls.
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new EndpointSliceController(ctx),
            ctx => new Collector(ctx));
        await CreateServiceAsync(Client, ns);
        await CreateRunningPodAsync(Client, ns, "web-1", "10.42.0.1", node);
        await SlicesWhere(ns, s => s.Count == 1 && ReadyPods(s[0]) == "web-1", "a slice");

        await Client.DeleteAsync<Service>(ns, "web");

        await SlicesWhere(ns, s => s.Count == 0, "no slices");
    }

    [Fact]
    public async Task A_service_without_pods_gets_an_empty_placeholder_slice()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new EndpointSliceController(ctx));
        await CreateServiceAsync(Client, ns);

        var slice = Assert.Single(await SlicesWhere(ns, s => s.Count == 1, "a placeholder"));
        Assert.Empty(slice.Endpoints);
    }

    private Task<List<Slice>> SlicesWhere(string ns, Func<List<Slice>, bool> done, string what) =>
        Eventually.ReturnsAsync(async () => (await Client.ListAsync<Slice>(ns, new ListOptions
        {
            LabelSelector = $"{EndpointSliceLabels.ServiceName}=web",
        })).Items.ToList(), done, what);

    private static string ReadyPods(Slice slice) =>
        string.Join(",", slice.Endpoints.Where(e => e.Conditions.Ready == true).Select(e => e.TargetRef!.Name).Order(StringComparer.Ordinal));
}
