using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;
using Dotkube.Client.Tests.Support;
using static Dotkube.Client.Tests.Support.TestObjects;

namespace Dotkube.Client.Tests.Rest;

[Collection(ApiServerCollection.Name)]
public sealed class SubresourceTests(ApiServerFixture server)
{
    private KubeClient Client => server.Client;

    [Fact]
    public async Task UpdateStatus_WritesStatusAndIgnoresSpec()
    {
        var ns = await server.NewNamespaceAsync();
        var deployment = await Client.CreateAsync(Deployment(ns, "web", replicas: 2));
        deployment.Status.Replicas = 2;
        deployment.Status.ReadyReplicas = 1;
        deployment.Spec.Replicas = 5;

        var updated = await Client.UpdateStatusAsync(deployment);

        Assert.Equal(1, updated.Status.ReadyReplicas);
        Assert.Equal(2, updated.Spec.Replicas);
    }

    [Fact]
    public async Task Scale_GetAndUpdate_MovesSpecReplicas()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(Deployment(ns, "web", replicas: 1));

        var scale = await Client.GetScaleAsync<Deployment>(ns, "web");
        Assert.Equal(1, scale.Spec.Replicas);
        Assert.Equal("app=web", scale.Status.Selector);

        scale.Spec.Replicas = 4;
        var updated = await Client.UpdateScaleAsync<Deployment>(ns, "web", scale);

        Assert.Equal(4, updated.Spec.Replicas);
        Assert.Equal(4, (await Client.GetAsync<Deployment>(ns, "web")).Spec.Replicas);
    }

    [Fact]
    public async Task UpdateScale_StaleResourceVersion_IsConflict()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(Deployment(ns, "web"));
        var scale = await Client.GetScaleAsync<Deployment>(ns, "web");
        await Client.PatchAsync<Deployment>(ns, "web", PatchType.Merge, """{"metadata":{"labels":{"x":"y"}}}""");

        scale.Spec.Replicas = 3;
        var e = await Assert.ThrowsAsync<ApiStatusException>(() => Client.UpdateScaleAsync<Deployment>(ns, "web", scale));

        Assert.True(e.IsConflict);
    }

    [Fact]
    public async Task GetScale_KindWithoutScale_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Client.GetScaleAsync<ConfigMap>("default", "x"));
    }

    [Fact]
    public async Task Bind_SetsNodeNameOnce()
    {
        var ns = await server.NewNamespaceAsync();
        var pod = await Client.CreateAsync(Pod(ns, "p"));

        await Client.BindAsync(pod, "node-1");

        Assert.Equal("node-1", (await Client.GetAsync<Pod>(ns, "p")).Spec.NodeName);
        var again = await Assert.ThrowsAsync<ApiStatusException>(() => Client.BindAsync(pod, "node-2"));
        Assert.True(again.IsConflict);
    }

    [Fact]
    public async Task Evict_RemovesThePod()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(Pod(ns, "p"));

        await Client.EvictAsync(ns, "p", new Api.Meta.DeleteOptions { GracePeriodSeconds = 0 });

        var e = await Assert.ThrowsAsync<ApiStatusException>(() => Client.GetAsync<Pod>(ns, "p"));
        Assert.True(e.IsNotFound);
    }
}
