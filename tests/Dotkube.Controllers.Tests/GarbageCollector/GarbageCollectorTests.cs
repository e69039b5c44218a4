using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Tests.Support;

namespace Dotkube.Controllers.Tests.GarbageCollector;

[Collection(ClusterCollection.Name)]
public sealed class GarbageCollectorTests(ClusterFixture fixture)
{
    private KubeClient Client => fixture.Client;

    private Task<RunningControllers> StartAsync() =>
        RunningControllers.StartAsync(fixture, ctx => new Controllers.GarbageCollector.GarbageCollector(ctx));

    /// <summary>
    /// Waits until the collector's graph holds every object given. Orphan and foreground deletion
    /// act on the dependents the graph knows (as upstream), so a dependent created a moment before
    /// its owner's deletion must have been observed first, or the test races the informers.
    /// </summary>
    private static Task ObservedAsync(RunningControllers gc, params KubeObject[] objects)
    {
        var graph = ((Controllers.GarbageCollector.GarbageCollector)gc.Controllers[0]).Graph;
        return Eventually.HoldsAsync(() => Task.FromResult(objects.All(o => graph.Snapshot(o.Metadata.Uid!) is { Virtual: false })),
            "the collector to observe the objects");
    }

    private async Task<ConfigMap> ConfigMapAsync(string ns, string name, params KubeObject[] owners) =>
        await Client.CreateAsync(new ConfigMap { Metadata = Meta(ns, name, owners) });

    private static ObjectMeta Meta(string ns, string name, KubeObject[] owners, bool block = false, List<string>? finalizers = null) => new()
    {
        Name = name,
        Namespace = ns,
        Finalizers = finalizers,
        OwnerReferences = owners.Length == 0 ? null : [.. owners.Select(o => Reference(o, block))],
    };

    private static OwnerReference Reference(KubeObject owner, bool block) => new()
    {
        ApiVersion = owner.ApiVersion ?? "v1",
        Kind = owner.Kind ?? "ConfigMap",
        Name = owner.Metadata.Name!,
        Uid = owner.Metadata.Uid!,
        BlockOwnerDeletion = block ? true : null,
    };

    private async Task<bool> GoneAsync<T>(string ns, string name)
        where T : KubeObject
    {
        try
        {
            await Client.GetAsync<T>(ns, name);
            return false;
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            return true;
        }
    }

    [Fact]
    public async Task Deleting_an_owner_in_the_background_cascades_through_three_levels()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var gc = await StartAsync();
        var root = await ConfigMapAsync(ns, "root");
        var middle = await ConfigMapAsync(ns, "middle", root);
        await Client.CreateAsync(new Secret { Metadata = Meta(ns, "leaf", [middle]) });

        await Client.DeleteAsync<ConfigMap>(ns, "root");

        await Eventually.HoldsAsync(() => GoneAsync<ConfigMap>(ns, "middle"), "the middle object to be collected");
        await Eventually.HoldsAsync(() => GoneAsync<Secret>(ns, "leaf"), "the leaf object to be collected");
    }

    [Fact]
    public async Task Dependents_of_an_owner_deleted_before_the_collector_started_are_collected()
    {
        var ns = await fixture.NewNamespaceAsync();
        var root = await ConfigMapAsync(ns, "root");
        await ConfigMapAsync(ns, "child", root);
        await Client.DeleteAsync<ConfigMap>(ns, "root");

        await using var gc = await StartAsync();
        await Eventually.HoldsAsync(() => GoneAsync<ConfigMap>(ns, "child"), "the child of an owner that was gone at start");
    }

    [Fact]
    public async Task A_dependent_with_another_live_owner_survives_and_loses_only_the_dangling_reference()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var gc = await StartAsync();
        var first = await ConfigMapAsync(ns, "first");
        var second = await ConfigMapAsync(ns, "second");
        await ConfigMapAsync(ns, "shared", first, second);

        await Client.DeleteAsync<ConfigMap>(ns, "first");

        var shared = await Eventually.ReturnsAsync(() => Client.GetAsync<ConfigMap>(ns, "shared"),
            c => c.Metadata.OwnerReferences?.Count == 1, "the dangling reference to be removed");
        Assert.Equal(second.Metadata.Uid, shared.Metadata.OwnerReferences![0].Uid);
    }

    [Fact]
    public async Task Orphan_deletion_removes_the_owner_and_leaves_dependents_without_the_reference()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var gc = await StartAsync();
        var owner = await ConfigMapAsync(ns, "owner");
        var kept1 = await ConfigMapAsync(ns, "kept-1", owner);
        var kept2 = await Client.CreateAsync(new Secret { Metadata = Meta(ns, "kept-2", [owner]) });
        await ObservedAsync(gc, kept1, kept2);

        await Client.DeleteAsync<ConfigMap>(ns, "owner", new DeleteOptions { PropagationPolicy = "Orphan" });

        await Eventually.HoldsAsync(() => GoneAsync<ConfigMap>(ns, "owner"), "the orphaning owner to be removed");
        Assert.Null((await Client.GetAsync<ConfigMap>(ns, "kept-1")).Metadata.OwnerReferences);
        Assert.Null((await Client.GetAsync<Secret>(ns, "kept-2")).Metadata.OwnerReferences);
    }

    [Fact]
    public async Task Foreground_deletion_keeps_the_owner_until_its_blocking_dependents_are_gone()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var gc = await StartAsync();
        var owner = await ConfigMapAsync(ns, "owner");
        var heldDependent = await Client.CreateAsync(new ConfigMap { Metadata = Meta(ns, "held", [owner], block: true, finalizers: ["example.com/hold"]) });
        var freeDependent = await Client.CreateAsync(new ConfigMap { Metadata = Meta(ns, "free", [owner], block: true) });
        await ObservedAsync(gc, heldDependent, freeDependent);

        await Client.DeleteAsync<ConfigMap>(ns, "owner", new DeleteOptions { PropagationPolicy = "Foreground" });

        await Eventually.HoldsAsync(() => GoneAsync<ConfigMap>(ns, "free"), "the free dependent to be deleted first");
        var held = await Eventually.ReturnsAsync(() => Client.GetAsync<ConfigMap>(ns, "held"),
            c => c.Metadata.DeletionTimestamp is not null, "the held dependent to be deleted");
        var waiting = await Client.GetAsync<ConfigMap>(ns, "owner");
        Assert.NotNull(waiting.Metadata.DeletionTimestamp);
        Assert.Contains("foregroundDeletion", waiting.Metadata.Finalizers!);

        await Client.PatchAsync<ConfigMap>(ns, held.Metadata.Name!, PatchType.Merge, """{"metadata":{"finalizers":null}}""");
        await Eventually.HoldsAsync(() => GoneAsync<ConfigMap>(ns, "owner"), "the owner to go after its last blocking dependent");
    }

    [Fact]
    public async Task Foreground_deletion_deletes_grandchildren_before_children_before_the_owner()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var gc = await StartAsync();
        var owner = await ConfigMapAsync(ns, "owner");
        var child = await Client.CreateAsync(new ConfigMap { Metadata = Meta(ns, "child", [owner], block: true) });
        var grandchild = await Client.CreateAsync(new ConfigMap { Metadata = Meta(ns, "grandchild", [child], block: true, finalizers: ["example.com/hold"]) });
        await ObservedAsync(gc, child, grandchild);

        await Client.DeleteAsync<ConfigMap>(ns, "owner", new DeleteOptions { PropagationPolicy = "Foreground" });

        await Eventually.ReturnsAsync(() => Client.GetAsync<ConfigMap>(ns, "grandchild"),
            c => c.Metadata.DeletionTimestamp is not null, "the grandchild to be deleted");
        var waitingChild = await Client.GetAsync<ConfigMap>(ns, "child");
        Assert.Contains("foregroundDeletion", waitingChild.Metadata.Finalizers!);
        Assert.NotNull((await Client.GetAsync<ConfigMap>(ns, "owner")).Metadata.DeletionTimestamp);

        await Client.PatchAsync<ConfigMap>(ns, "grandchild", PatchType.Merge, """{"metadata":{"finalizers":null}}""");
        await Eventually.HoldsAsync(() => GoneAsync<ConfigMap>(ns, "child"), "the child to go after the grandchild");
        await Eventually.HoldsAsync(() => GoneAsync<ConfigMap>(ns, "owner"), "the owner to go last");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Background")]
    [InlineData("Foreground")]
    public async Task Deleting_a_deployment_collects_its_replica_sets_and_their_pods(string? policy)
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var gc = await StartAsync();
        var deployment = await Client.CreateAsync(Workloads.Deployment(ns, "web"));
        var replicaSet = await Client.CreateAsync(Workloads.ReplicaSet(ns, "web-1", Owners(deployment, "apps/v1", "Deployment")));
        var podA = await Client.CreateAsync(Workloads.Pod(ns, "web-1-a", Owners(replicaSet, "apps/v1", "ReplicaSet")));
        var podB = await Client.CreateAsync(Workloads.Pod(ns, "web-1-b", Owners(replicaSet, "apps/v1", "ReplicaSet")));
        await ObservedAsync(gc, replicaSet, podA, podB);

        await Client.DeleteAsync<Deployment>(ns, "web", policy is null ? null : new DeleteOptions { PropagationPolicy = policy });

        await Eventually.HoldsAsync(async () => (await Client.ListAsync<Pod>(ns)).Items.Count == 0, "the pods to be collected");
        await Eventually.HoldsAsync(() => GoneAsync<ReplicaSet>(ns, "web-1"), "the replica set to be collected");
        await Eventually.HoldsAsync(() => GoneAsync<Deployment>(ns, "web"), "the deployment to be removed");
    }

    [Fact]
    public async Task Orphaning_a_deployment_keeps_its_replica_set_without_the_reference()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var gc = await StartAsync();
        var deployment = await Client.CreateAsync(Workloads.Deployment(ns, "web"));
        var replicaSet = await Client.CreateAsync(Workloads.ReplicaSet(ns, "web-1", Owners(deployment, "apps/v1", "Deployment")));
        await ObservedAsync(gc, replicaSet);

        await Client.DeleteAsync<Deployment>(ns, "web", new DeleteOptions { PropagationPolicy = "Orphan" });

        await Eventually.HoldsAsync(() => GoneAsync<Deployment>(ns, "web"), "the deployment to be removed");
        Assert.Null((await Client.GetAsync<ReplicaSet>(ns, "web-1")).Metadata.OwnerReferences);
    }

    private static List<OwnerReference> Owners(KubeObject owner, string apiVersion, string kind) =>
        [Dotkube.Controllers.Common.Owners.ControllerRef(owner, apiVersion, kind)];
}
