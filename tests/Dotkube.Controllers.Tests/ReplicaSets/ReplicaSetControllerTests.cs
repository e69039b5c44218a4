using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Common;
using Dotkube.Controllers.ReplicaSets;
using Dotkube.Controllers.Tests.Support;
using static Dotkube.Controllers.Tests.ReplicaSets.ReplicaTestObjects;

namespace Dotkube.Controllers.Tests.ReplicaSets;

[Collection(ClusterCollection.Name)]
public sealed class ReplicaSetControllerTests(ClusterFixture fixture)
{
    private readonly KubeClient _client = fixture.Client;

    private Task<RunningControllers> StartAsync() => RunningControllers.StartAsync(fixture, ctx => new ReplicaSetController(ctx));

    [Fact]
    public async Task A_replica_set_gets_exactly_its_replicas_with_owner_reference_labels_and_generated_names()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var controllers = await StartAsync();

        var rs = await _client.CreateAsync(NewReplicaSet(ns, "web", 3));

        var status = await Eventually.ReturnsAsync(() => _client.GetAsync<Api.Apps.V1.ReplicaSet>(ns, "web"),
            r => r.Status.Replicas == 3 && r.Status.ObservedGeneration == r.Metadata.Generation, "status.replicas 3");
        Assert.Equal(3, status.Status.FullyLabeledReplicas);
        var pods = await OwnedPodsAsync(_client, ns, rs.Metadata.Uid);
        Assert.Equal(3, pods.Count);
        Assert.Equal(3, (await _client.ListAsync<Pod>(ns)).Items.Count);
        foreach (var pod in pods)
        {
            Assert.Equal("web-", pod.Metadata.GenerateName);
            Assert.StartsWith("web-", pod.Metadata.Name, StringComparison.Ordinal);
            Assert.Equal("web", pod.Metadata.Labels!["app"]);
            var reference = Assert.Single(pod.Metadata.OwnerReferences!);
            Assert.Equal(("apps/v1", "ReplicaSet", "web", rs.Metadata.Uid, true, true),
                (reference.ApiVersion, reference.Kind, reference.Name, reference.Uid, reference.Controller, reference.BlockOwnerDeletion));
        }

        var created = await Eventually.ReturnsAsync(() => EventsAsync(_client, ns, PodControl.SuccessfulCreateReason), e => e.Count == 3,
            "three SuccessfulCreate events");
        Assert.Equal(pods.Select(p => "Created pod: " + p.Metadata.Name).Order(), created.Select(e => e.Message).Order());
        Assert.All(created, e => Assert.Equal("replicaset-controller", e.Source?.Component));
    }

    [Fact]
    public async Task Scaling_up_and_down_creates_and_deletes_pods()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var controllers = await StartAsync();
        var rs = await _client.CreateAsync(NewReplicaSet(ns, "web", 2));
        await Eventually.ReturnsAsync(() => OwnedPodsAsync(_client, ns, rs.Metadata.Uid), p => p.Count == 2, "two pods");

        await ScaleAsync(_client, rs, 5);
        await Eventually.ReturnsAsync(() => OwnedPodsAsync(_client, ns, rs.Metadata.Uid), p => p.Count == 5, "five pods");

        await ScaleAsync(_client, rs, 1);
        await Eventually.ReturnsAsync(() => OwnedPodsAsync(_client, ns, rs.Metadata.Uid), p => p.Count == 1, "one pod");
        var scaled = await Eventually.ReturnsAsync(() => _client.GetAsync<Api.Apps.V1.ReplicaSet>(ns, "web"),
            r => r.Status.Replicas == 1 && r.Status.ObservedGeneration == r.Metadata.Generation, "status after scale-down");
        Assert.Equal(3, scaled.Metadata.Generation);
        await Eventually.ReturnsAsync(() => EventsAsync(_client, ns, PodControl.SuccessfulDeleteReason), e => e.Count == 4,
            "four SuccessfulDelete events");
    }

    [Fact]
    public async Task A_deleted_pod_is_replaced()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var controllers = await StartAsync();
        var rs = await _client.CreateAsync(NewReplicaSet(ns, "web", 2));
        var pods = await Eventually.ReturnsAsync(() => OwnedPodsAsync(_client, ns, rs.Metadata.Uid), p => p.Count == 2, "two pods");

        await _client.DeleteAsync<Pod>(ns, pods[0].Metadata.Name!);

        var after = await Eventually.ReturnsAsync(() => OwnedPodsAsync(_client, ns, rs.Metadata.Uid),
            p => p.Count == 2 && p.All(x => x.Metadata.Name != pods[0].Metadata.Name), "a replacement pod");
        Assert.Contains(after, p => p.Metadata.Name == pods[1].Metadata.Name);
    }

    [Fact]
    public async Task Surplus_pods_that_are_not_ready_are_deleted_first()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var controllers = await StartAsync();
        var rs = await _client.CreateAsync(NewReplicaSet(ns, "web", 3));
        var pods = await Eventually.ReturnsAsync(() => OwnedPodsAsync(_client, ns, rs.Metadata.Uid), p => p.Count == 3, "three pods");
        var now = DateTimeOffset.UtcNow;
        await SetRunningAsync(_client, pods[0], readySince: now.AddMinutes(-1));
        await SetRunningAsync(_client, pods[1], readySince: null);
        await SetRunningAsync(_client, pods[2], readySince: now.AddMinutes(-1));
        await Eventually.ReturnsAsync(() => _client.GetAsync<Api.Apps.V1.ReplicaSet>(ns, "web"), r => r.Status.ReadyReplicas == 2,
            "two ready replicas");

        await ScaleAsync(_client, rs, 2);

        var left = await Eventually.ReturnsAsync(() => OwnedPodsAsync(_client, ns, rs.Metadata.Uid), p => p.Count == 2, "two pods");
        Assert.Equal([pods[0].Metadata.Name, pods[2].Metadata.Name], left.Select(p => p.Metadata.Name).Order());
    }

    [Fact]
    public async Task Matching_orphans_are_adopted_and_pods_that_stop_matching_are_released()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var controllers = await StartAsync();
        var orphan = await _client.CreateAsync(NewPod(ns, "orphan", new() { ["app"] = "web" }));
        var foreignOwner = new OwnerReference { ApiVersion = "v1", Kind = "Other", Name = "other", Uid = "foreign-uid", Controller = true };
        var foreign = await _client.CreateAsync(NewPod(ns, "foreign", new() { ["app"] = "web" }, foreignOwner));

        var rs = await _client.CreateAsync(NewReplicaSet(ns, "web", 2));

        var owned = await Eventually.ReturnsAsync(() => OwnedPodsAsync(_client, ns, rs.Metadata.Uid),
            p => p.Count == 2 && p.Any(x => x.Metadata.Name == "orphan"), "the orphan adopted and one pod created");
        var adopted = owned.Single(p => p.Metadata.Name == "orphan");
        var reference = Assert.Single(adopted.Metadata.OwnerReferences!);
        Assert.Equal(("apps/v1", "ReplicaSet", true, true), (reference.ApiVersion, reference.Kind, reference.Controller, reference.BlockOwnerDeletion));
        Assert.Equal("foreign-uid", Owners.ControllerOf(await _client.GetAsync<Pod>(ns, "foreign"))?.Uid);
        Assert.Equal(orphan.Metadata.Uid, adopted.Metadata.Uid);
        Assert.NotNull(foreign);

        await _client.PatchAsync<Pod>(ns, "orphan", PatchType.Merge, """{"metadata":{"labels":{"app":"elsewhere"}}}""");

        await Eventually.ReturnsAsync(() => _client.GetAsync<Pod>(ns, "orphan"), p => p.Metadata.OwnerReferences is not { Count: > 0 },
            "the relabelled pod released");
        var replaced = await Eventually.ReturnsAsync(() => OwnedPodsAsync(_client, ns, rs.Metadata.Uid),
            p => p.Count == 2 && p.All(x => x.Metadata.Name != "orphan"), "a replacement for the released pod");
        Assert.DoesNotContain(replaced, p => p.Metadata.Name == "foreign");
    }

    [Fact]
    public async Task Status_counts_ready_and_available_pods_and_follows_the_generation()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var controllers = await StartAsync();
        var rs = await _client.CreateAsync(NewReplicaSet(ns, "web", 2, minReadySeconds: 3));
        var pods = await Eventually.ReturnsAsync(() => OwnedPodsAsync(_client, ns, rs.Metadata.Uid), p => p.Count == 2, "two pods");

        await SetRunningAsync(_client, pods[0], readySince: DateTimeOffset.UtcNow.AddMinutes(-1));
        var justReady = DateTimeOffset.UtcNow;
        await SetRunningAsync(_client, pods[1], readySince: justReady);

        var ready = await Eventually.ReturnsAsync(() => _client.GetAsync<Api.Apps.V1.ReplicaSet>(ns, "web"),
            r => r.Status.ReadyReplicas == 2, "two ready replicas");
        Assert.Equal((2, 2), (ready.Status.Replicas, ready.Status.FullyLabeledReplicas ?? 0));
        if (DateTimeOffset.UtcNow - justReady < TimeSpan.FromSeconds(2))
            Assert.Equal(1, ready.Status.AvailableReplicas);

        // No pod changes when minReadySeconds pass: the controller must come back on its own.
        await Eventually.ReturnsAsync(() => _client.GetAsync<Api.Apps.V1.ReplicaSet>(ns, "web"),
            r => r.Status.AvailableReplicas == 2, "the second pod available after minReadySeconds");

        var changed = await _client.PatchAsync<Api.Apps.V1.ReplicaSet>(ns, "web", PatchType.Merge, """{"spec":{"minReadySeconds":0}}""");
        await Eventually.ReturnsAsync(() => _client.GetAsync<Api.Apps.V1.ReplicaSet>(ns, "web"),
            r => r.Status.ObservedGeneration == changed.Metadata.Generation && changed.Metadata.Generation == 2, "observedGeneration 2");
    }

    [Fact]
    public async Task A_replication_controller_is_managed_like_a_replica_set()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var controllers = await RunningControllers.StartAsync(fixture, ctx => new ReplicationManager(ctx));
        var orphan = await _client.CreateAsync(NewPod(ns, "orphan", new() { ["app"] = "legacy" }));

        var rc = await _client.CreateAsync(new ReplicationController
        {
            Metadata = new ObjectMeta { Name = "legacy", Namespace = ns },
            Spec = new ReplicationControllerSpec { Replicas = 3, Selector = new() { ["app"] = "legacy" }, Template = Template("legacy") },
        });

        var pods = await Eventually.ReturnsAsync(() => OwnedPodsAsync(_client, ns, rc.Metadata.Uid), p => p.Count == 3, "three pods");
        Assert.Contains(pods, p => p.Metadata.Uid == orphan.Metadata.Uid);
        foreach (var pod in pods)
        {
            var reference = Assert.Single(pod.Metadata.OwnerReferences!);
            Assert.Equal(("v1", "ReplicationController", "legacy", true, true),
                (reference.ApiVersion, reference.Kind, reference.Name, reference.Controller, reference.BlockOwnerDeletion));
        }

        Assert.All(pods.Where(p => p.Metadata.Name != "orphan"), p => Assert.Equal("legacy-", p.Metadata.GenerateName));
        await Eventually.ReturnsAsync(() => EventsAsync(_client, ns, PodControl.SuccessfulCreateReason),
            e => e.Count == 2 && e.All(x => x.Source?.Component == "replication-controller"), "two SuccessfulCreate events");

        await ScaleAsync(_client, rc, 1);

        await Eventually.ReturnsAsync(() => OwnedPodsAsync(_client, ns, rc.Metadata.Uid), p => p.Count == 1, "one pod");
        var status = await Eventually.ReturnsAsync(() => _client.GetAsync<ReplicationController>(ns, "legacy"),
            r => r.Status.Replicas == 1 && r.Status.ObservedGeneration == r.Metadata.Generation, "status after scale-down");
        Assert.Equal(1, status.Status.FullyLabeledReplicas);
    }
}
