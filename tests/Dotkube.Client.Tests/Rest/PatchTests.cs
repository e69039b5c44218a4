using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;
using Dotkube.Client.Tests.Support;
using static Dotkube.Client.Tests.Support.TestObjects;

namespace Dotkube.Client.Tests.Rest;

[Collection(ApiServerCollection.Name)]
public sealed class PatchTests(ApiServerFixture server)
{
    private KubeClient Client => server.Client;

    [Theory]
    [InlineData(PatchType.Json, """[{"op":"add","path":"/data/b","value":"2"}]""")]
    [InlineData(PatchType.Merge, """{"data":{"b":"2"}}""")]
    [InlineData(PatchType.StrategicMerge, """{"data":{"b":"2"}}""")]
    public async Task Patch_EachType_AddsAKeyAndKeepsTheRest(PatchType type, string patch)
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(ConfigMap(ns, "cm", data: new() { ["a"] = "1" }));

        var patched = await Client.PatchAsync<ConfigMap>(ns, "cm", type, patch);

        Assert.Equal(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }, patched.Data);
    }

    [Fact]
    public async Task Patch_StrategicMerge_MergesContainersByName()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(Deployment(ns, "web"));

        var patched = await Client.PatchAsync<Deployment>(ns, "web", PatchType.StrategicMerge,
            """{"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:2"}]}}}}""");

        var container = Assert.Single(patched.Spec.Template.Spec.Containers);
        Assert.Equal("nginx:2", container.Image);
    }

    [Fact]
    public async Task Patch_StatusSubresource_ChangesOnlyStatus()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(Deployment(ns, "web", replicas: 2));

        var patched = await Client.PatchAsync<Deployment>(ns, "web", PatchType.Merge,
            """{"spec":{"replicas":9},"status":{"replicas":7}}""", subresource: "status");

        Assert.Equal(7, patched.Status.Replicas);
        Assert.Equal(2, patched.Spec.Replicas);
    }

    [Fact]
    public async Task Patch_Missing_IsNotFound()
    {
        var ns = await server.NewNamespaceAsync();

        var e = await Assert.ThrowsAsync<ApiStatusException>(() => Client.PatchAsync<ConfigMap>(ns, "absent", PatchType.Merge, "{}"));

        Assert.True(e.IsNotFound);
    }
}
