using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;
using Dotkube.Client.Tests.Support;
using static Dotkube.Client.Tests.Support.TestObjects;

namespace Dotkube.Client.Tests.Rest;

[Collection(ApiServerCollection.Name)]
public sealed class CrudTests(ApiServerFixture server)
{
    private KubeClient Client => server.Client;

    [Fact]
    public async Task ConfigMap_CreateGetUpdateDelete_RoundTrips()
    {
        var ns = await server.NewNamespaceAsync();
        var configMaps = Client.Resource<ConfigMap>().InNamespace(ns);

        var created = await configMaps.CreateAsync(ConfigMap(ns, "cm", data: new() { ["a"] = "1" }));
        Assert.False(string.IsNullOrEmpty(created.Metadata.Uid));

        var read = await configMaps.GetAsync("cm");
        Assert.Equal("1", read.Data!["a"]);

        read.Data["a"] = "2";
        var updated = await configMaps.UpdateAsync(read);
        Assert.Equal("2", updated.Data!["a"]);
        Assert.NotEqual(created.Metadata.ResourceVersion, updated.Metadata.ResourceVersion);

        var deleted = await configMaps.DeleteAsync("cm");
        Assert.False(deleted.Pending);
        Assert.True(deleted.Object is not null || deleted.Status is not null);
        var gone = await Assert.ThrowsAsync<ApiStatusException>(() => configMaps.GetAsync("cm"));
        Assert.True(gone.IsNotFound);
        Assert.Equal(404, gone.Code);
    }

    [Fact]
    public async Task Deployment_CreateAndGet_KeepsTheSpec()
    {
        var ns = await server.NewNamespaceAsync();

        await Client.CreateAsync(Deployment(ns, "web", replicas: 3));
        var read = await Client.GetAsync<Deployment>(ns, "web");

        Assert.Equal(3, read.Spec.Replicas);
        Assert.Equal("nginx", read.Spec.Template.Spec.Containers.Single().Image);
    }

    [Fact]
    public async Task Create_Twice_IsAlreadyExists()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(ConfigMap(ns, "dup"));

        var e = await Assert.ThrowsAsync<ApiStatusException>(() => Client.CreateAsync(ConfigMap(ns, "dup")));

        Assert.True(e.IsAlreadyExists);
        Assert.False(e.IsConflict);
    }

    [Fact]
    public async Task Create_DryRun_PersistsNothing()
    {
        var ns = await server.NewNamespaceAsync();

        await Client.CreateAsync(ConfigMap(ns, "dry"), new CreateOptions { DryRun = true });

        Assert.True((await Assert.ThrowsAsync<ApiStatusException>(() => Client.GetAsync<ConfigMap>(ns, "dry"))).IsNotFound);
    }

    [Fact]
    public async Task Update_StaleResourceVersion_IsConflict()
    {
        var ns = await server.NewNamespaceAsync();
        var first = await Client.CreateAsync(ConfigMap(ns, "cm"));
        var current = await Client.GetAsync<ConfigMap>(ns, "cm");
        current.Data = new() { ["v"] = "2" };
        await Client.UpdateAsync(current);

        first.Data = new() { ["v"] = "stale" };
        var e = await Assert.ThrowsAsync<ApiStatusException>(() => Client.UpdateAsync(first));

        Assert.True(e.IsConflict);
    }

    [Fact]
    public async Task Delete_StalePrecondition_IsConflictAndKeepsTheObject()
    {
        var ns = await server.NewNamespaceAsync();
        var created = await Client.CreateAsync(ConfigMap(ns, "cm"));
        await Client.PatchAsync<ConfigMap>(ns, "cm", PatchType.Merge, """{"data":{"x":"1"}}""");

        var e = await Assert.ThrowsAsync<ApiStatusException>(() => Client.DeleteAsync<ConfigMap>(ns, "cm",
            new DeleteOptions { Preconditions = new Preconditions { ResourceVersion = created.Metadata.ResourceVersion } }));

        Assert.True(e.IsConflict);
        Assert.Equal("1", (await Client.GetAsync<ConfigMap>(ns, "cm")).Data!["x"]);
    }

    [Fact]
    public async Task Delete_MatchingUidPrecondition_Deletes()
    {
        var ns = await server.NewNamespaceAsync();
        var created = await Client.CreateAsync(ConfigMap(ns, "cm"));

        await Client.DeleteAsync<ConfigMap>(ns, "cm", new DeleteOptions { Preconditions = new Preconditions { Uid = created.Metadata.Uid } });

        Assert.True((await Assert.ThrowsAsync<ApiStatusException>(() => Client.GetAsync<ConfigMap>(ns, "cm"))).IsNotFound);
    }

    [Fact]
    public async Task Delete_ScheduledPod_AnswersWithThePodStillTerminating()
    {
        var ns = await server.NewNamespaceAsync();
        var pod = Pod(ns, "web");
        pod.Spec.NodeName = "somewhere";
        await Client.CreateAsync(pod);

        var deleted = await Client.DeleteAsync<Pod>(ns, "web");

        Assert.Null(deleted.Status);
        Assert.NotNull(deleted.Object!.Metadata.DeletionTimestamp);
        Assert.Equal(30, deleted.Object.Metadata.DeletionGracePeriodSeconds);
    }

    [Fact]
    public async Task DeleteCollection_LabelSelector_DeletesOnlyTheSelected()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(ConfigMap(ns, "a", new() { ["x"] = "y" }));
        await Client.CreateAsync(ConfigMap(ns, "b"));

        await Client.DeleteCollectionAsync<ConfigMap>(ns, new ListOptions { LabelSelector = "x=y" });

        Assert.Equal(["b"], (await Client.ListAsync<ConfigMap>(ns)).Items.Select(c => c.Metadata.Name).Where(n => n != "kube-root-ca.crt"));
    }

    [Fact]
    public async Task ClusterScopedKind_CreateAndGet_WithoutNamespace()
    {
        var name = "n-" + Guid.NewGuid().ToString("N")[..8];
        await Client.CreateAsync(new Namespace { Metadata = new ObjectMeta { Name = name } });

        Assert.Equal(name, (await Client.Resource<Namespace>().GetAsync(name)).Metadata.Name);
    }
}
