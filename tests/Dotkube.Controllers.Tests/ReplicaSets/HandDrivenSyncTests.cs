using Dotkube.Api.Apps.V1;
using Dotkube.Client.Informers;
using Dotkube.Controllers.Common;
using Dotkube.Controllers.Tests.Support;
using Dotkube.Testing;
using static Dotkube.Controllers.Tests.ReplicaSets.ReplicaTestObjects;

namespace Dotkube.Controllers.Tests.ReplicaSets;

/// <summary>
/// Syncs driven by hand (<see cref="HandDrivenReplicaSets"/>), to see what each one does: against a
/// pod informer that never reports the controller's pods (it watches another namespace), standing
/// for a watch that lags without bound, and against a server that refuses pod creations.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class HandDrivenSyncTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Pods_are_not_created_twice_while_the_informer_has_not_seen_them()
    {
        var ns = await fixture.NewNamespaceAsync();
        var elsewhere = await fixture.NewNamespaceAsync();
        var time = new ManualTime(DateTimeOffset.UtcNow);
        using var client = fixture.NewClient();
        await using var harness = await HandDrivenReplicaSets.StartAsync(client, time, new InformerScope(Namespace: elsewhere));
        var controller = harness.Controller;
        var rs = await fixture.Client.CreateAsync(NewReplicaSet(ns, "web", 3));
        var key = ns + "/web";
        await harness.CachedAsync(ns, "web", _ => true, "the replica set in the cache");

        await controller.ReconcileAsync(key, CancellationToken.None);
        // The status written by that sync must be in the cache, or the next status write conflicts.
        await harness.CachedAsync(ns, "web", r => r.Status.ObservedGeneration == 1, "the status in the cache");
        await controller.ReconcileAsync(key, CancellationToken.None);

        Assert.Equal(3, (await OwnedPodsAsync(fixture.Client, ns, rs.Metadata.Uid)).Count);
        Assert.Equal((3L, 0L), controller.Expectations.Get(key));
        Assert.False(controller.Expectations.Satisfied(key));

        // After the 5-minute TTL the controller trusts its (still empty) cache again, as upstream.
        time.Advance(ControllerExpectations.Timeout + TimeSpan.FromSeconds(1));
        await controller.ReconcileAsync(key, CancellationToken.None);

        Assert.Equal(6, (await OwnedPodsAsync(fixture.Client, ns, rs.Metadata.Uid)).Count);
    }

    [Fact]
    public async Task A_refused_create_stops_the_slow_start_reports_ReplicaFailure_and_clears_it_once_creates_succeed()
    {
        var ns = await fixture.NewNamespaceAsync();
        var (client, transport) = FailingPodCreates.NewClient(fixture);
        using var clientLifetime = client;
        await using var harness = await HandDrivenReplicaSets.StartAsync(client, TimeProvider.System);
        var controller = harness.Controller;
        var rs = await fixture.Client.CreateAsync(NewReplicaSet(ns, "web", 5));
        var key = ns + "/web";
        await harness.CachedAsync(ns, "web", _ => true, "the replica set in the cache");

        var error = await Record.ExceptionAsync(() => controller.ReconcileAsync(key, CancellationToken.None));

        Assert.Equal(FailingPodCreates.Message, error?.Message);
        Assert.Equal(1, transport.Attempts);
        Assert.True(controller.Expectations.Satisfied(key));
        var failed = await fixture.Client.GetAsync<Api.Apps.V1.ReplicaSet>(ns, "web");
        var condition = Assert.Single(failed.Status.Conditions!);
        Assert.Equal((ReplicaSetConditionType.ReplicaFailure, "True", "FailedCreate", FailingPodCreates.Message),
            (condition.Type, condition.Status, condition.Reason, condition.Message));
        var warning = await Eventually.ReturnsAsync(() => EventsAsync(fixture.Client, ns, PodControl.FailedCreateReason), e => e.Count == 1,
            "a FailedCreate event");
        Assert.Equal(("Warning", "Error creating: " + FailingPodCreates.Message), (warning[0].Type, warning[0].Message));

        transport.Fail = false;
        await harness.CachedAsync(ns, "web", r => r.Status.Conditions is { Count: 1 }, "the failure in the cache");
        await controller.ReconcileAsync(key, CancellationToken.None);

        Assert.Equal(5, (await OwnedPodsAsync(fixture.Client, ns, rs.Metadata.Uid)).Count);
        Assert.Null((await fixture.Client.GetAsync<Api.Apps.V1.ReplicaSet>(ns, "web")).Status.Conditions);
    }
}
