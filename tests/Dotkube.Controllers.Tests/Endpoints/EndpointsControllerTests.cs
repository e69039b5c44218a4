using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Common;
using Dotkube.Controllers.Endpoints;
using Dotkube.Controllers.Tests.Common;
using Dotkube.Controllers.Tests.Support;
using static Dotkube.Controllers.Tests.Endpoints.ClusterObjects;
using static Dotkube.Controllers.Tests.Endpoints.ServiceTestObjects;

namespace Dotkube.Controllers.Tests.Endpoints;

[Collection(ClusterCollection.Name)]
public sealed class EndpointsControllerTests(ClusterFixture fixture)
{
    private KubeClient Client => fixture.Client;

    [Fact]
    public async Task A_service_gets_endpoints_for_its_ready_pods_and_not_ready_ones_move_aside()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new EndpointsController(ctx));
        await CreateServiceAsync(Client, ns);
        var pods = new List<Pod>();
        for (var i = 1; i <= 3; i++)
            pods.Add(await CreateRunningPodAsync(Client, ns, $"web-{i}", $"10.42.0.{i}", "node-a"));

        var endpoints = await EndpointsWhere(ns, e => Ready(e) == "10.42.0.1,10.42.0.2,10.42.0.3", "three ready addresses");

        var subset = Assert.Single(endpoints.Subsets!);
        var port = Assert.Single(subset.Ports!);
        Assert.Equal(("http", 8080, "TCP"), (port.Name, port.Port, port.Protocol));
        var first = subset.Addresses![0];
        Assert.Equal(("Pod", ns, "web-1", pods[0].Metadata.Uid), (first.TargetRef!.Kind, first.TargetRef.Namespace, first.TargetRef.Name, first.TargetRef.Uid));
        Assert.Equal("node-a", first.NodeName);
        Assert.Equal("front", endpoints.Metadata.Labels!["tier"]);
        Assert.False(endpoints.Metadata.Labels.ContainsKey(ServiceEndpoints.HeadlessLabel));
        Assert.True(endpoints.Metadata.Annotations?.ContainsKey(ServiceEndpoints.LastChangeTriggerTimeAnnotation));

        await SetStatusAsync(Client, ns, "web-2", "10.42.0.2", ready: false);

        endpoints = await EndpointsWhere(ns, e => Ready(e) == "10.42.0.1,10.42.0.3" && NotReady(e) == "10.42.0.2", "web-2 not ready");
        Assert.Single(endpoints.Subsets!);
    }

    [Fact]
    public async Task Publishing_not_ready_addresses_lists_every_pod_as_ready()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new EndpointsController(ctx));
        await CreateServiceAsync(Client, ns, publishNotReady: true);
        await CreateRunningPodAsync(Client, ns, "web-1", "10.42.0.1", "node-a", ready: false);
        await CreateRunningPodAsync(Client, ns, "web-2", "10.42.0.2", "node-a");

        await EndpointsWhere(ns, e => Ready(e) == "10.42.0.1,10.42.0.2" && NotReady(e) == "", "both pods listed as ready");
    }

    [Fact]
    public async Task A_headless_service_gets_endpoints_labelled_headless_with_pod_hostnames()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new EndpointsController(ctx));
        await CreateServiceAsync(Client, ns, headless: true);
        await CreateRunningPodAsync(Client, ns, "web-1", "10.42.0.1", "node-a", hostname: "alpha");

        var endpoints = await EndpointsWhere(ns, e => Ready(e) == "10.42.0.1", "the pod's address");

        Assert.Equal("", endpoints.Metadata.Labels![ServiceEndpoints.HeadlessLabel]);
        Assert.Equal("alpha", endpoints.Subsets![0].Addresses![0].Hostname);
    }

    [Fact]
    public async Task A_named_target_port_resolves_per_pod()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new EndpointsController(ctx));
        await CreateServiceAsync(Client, ns, ports: Port("web", 80, "http"));
        await CreateRunningPodAsync(Client, ns, "web-1", "10.42.0.1", "node-a", ports: ContainerPort("http", 8080));
        await CreateRunningPodAsync(Client, ns, "web-2", "10.42.0.2", "node-a", ports: ContainerPort("http", 9090));
        await CreateRunningPodAsync(Client, ns, "web-3", "10.42.0.3", "node-a");

        var endpoints = await EndpointsWhere(ns, e => e.Subsets?.Count == 2, "one subset per resolved port");

        Assert.Equal(["10.42.0.1:8080", "10.42.0.2:9090"],
            endpoints.Subsets!.Select(s => $"{Assert.Single(s.Addresses!).IP}:{Assert.Single(s.Ports!).Port}"));
    }

    [Fact]
    public async Task Deleting_the_service_deletes_its_endpoints_and_selectorless_services_are_left_alone()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new EndpointsController(ctx));
        var manual = ServiceTestObjects.Service("manual", ns, null);
        manual.Metadata.Uid = null;
        manual.Spec.Selector = null;
        await Client.CreateAsync(manual);
        await CreateServiceAsync(Client, ns);
        await CreateRunningPodAsync(Client, ns, "web-1", "10.42.0.1", "node-a");
        await EndpointsWhere(ns, e => Ready(e) == "10.42.0.1", "endpoints");

        await Client.DeleteAsync<Service>(ns, "web");

        await Eventually.HoldsAsync(async () => !await ExistsAsync(ns, "web"), "endpoints deleted with the service");
        Assert.False(await ExistsAsync(ns, "manual"));
        var kubernetes = await Client.GetAsync<Api.Core.V1.Endpoints>("default", "kubernetes");
        Assert.Null(kubernetes.Metadata.Annotations?.GetValueOrDefault(ServiceEndpoints.LastChangeTriggerTimeAnnotation));
    }

    [Fact]
    public async Task Deleted_endpoints_of_a_live_service_come_back()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new EndpointsController(ctx));
        await CreateServiceAsync(Client, ns);
        await CreateRunningPodAsync(Client, ns, "web-1", "10.42.0.1", "node-a");
        var first = await EndpointsWhere(ns, e => Ready(e) == "10.42.0.1", "endpoints");

        await Client.DeleteAsync<Api.Core.V1.Endpoints>(ns, "web");

        await EndpointsWhere(ns, e => e.Metadata.Uid != first.Metadata.Uid && Ready(e) == "10.42.0.1", "recreated endpoints");
    }

    private Task<Api.Core.V1.Endpoints> EndpointsWhere(string ns, Func<Api.Core.V1.Endpoints, bool> done, string what) =>
        Eventually.ReturnsAsync(async () => await Client.TryGetAsync<Api.Core.V1.Endpoints>(ns, "web") ?? new Api.Core.V1.Endpoints(), done, what);

    private async Task<bool> ExistsAsync(string ns, string name) => await Client.TryGetAsync<Api.Core.V1.Endpoints>(ns, name) is not null;

    private static string Ready(Api.Core.V1.Endpoints e) =>
        string.Join(",", (e.Subsets ?? []).SelectMany(s => s.Addresses ?? []).Select(a => a.IP).Order(StringComparer.Ordinal));

    private static string NotReady(Api.Core.V1.Endpoints e) =>
        string.Join(",", (e.Subsets ?? []).SelectMany(s => s.NotReadyAddresses ?? []).Select(a => a.IP).Order(StringComparer.Ordinal));
}
