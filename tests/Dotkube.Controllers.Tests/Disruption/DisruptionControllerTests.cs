using Dotkube.Api.Policy.V1;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Disruption;
using Dotkube.Controllers.Tests.Support;
using static Dotkube.Controllers.Tests.Disruption.BudgetClusterObjects;

namespace Dotkube.Controllers.Tests.Disruption;

[Collection(ClusterCollection.Name)]
public sealed class DisruptionControllerTests(ClusterFixture fixture)
{
    private KubeClient Client => fixture.Client;

    [Fact]
    public async Task An_integer_min_available_allows_the_healthy_surplus_and_says_so_in_its_condition()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new DisruptionController(ctx));
        for (var i = 1; i <= 3; i++)
            await CreatePodAsync(Client, ns, $"web-{i}");
        await CreateBudgetAsync(Client, ns, minAvailable: 2);

        var pdb = await BudgetWhereAsync(Client, ns, s => s.DisruptionsAllowed == 1, "one disruption allowed");

        Assert.Equal((3, 2, 3, 1), Counts(pdb.Status));
        var condition = AllowedCondition(pdb);
        Assert.Equal(("True", DisruptionBudgetConditions.SufficientPodsReason, 1L), (condition.Status, condition.Reason, condition.ObservedGeneration));

        await SetReadyAsync(Client, ns, "web-3", ready: false);

        pdb = await BudgetWhereAsync(Client, ns, s => s.CurrentHealthy == 2, "an unready pod no longer healthy");
        Assert.Equal((2, 2, 3, 0), Counts(pdb.Status));
        condition = AllowedCondition(pdb);
        Assert.Equal(("False", DisruptionBudgetConditions.InsufficientPodsReason), (condition.Status, condition.Reason));
    }

    [Fact]
    public async Task A_percentage_min_available_is_taken_of_the_owning_replica_sets_replicas()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new DisruptionController(ctx));
        var rs = await CreateReplicaSetAsync(Client, ns, replicas: 4);
        for (var i = 1; i <= 3; i++)
            await CreatePodAsync(Client, ns, $"web-{i}", owner: rs);
        await CreateBudgetAsync(Client, ns, minAvailable: "50%");

        var pdb = await BudgetWhereAsync(Client, ns, s => s.ExpectedPods == 4, "the replica set's four replicas expected");

        Assert.Equal((3, 2, 4, 1), Counts(pdb.Status));
    }

    [Fact]
    public async Task Max_unavailable_with_a_replica_set_owner_follows_its_scale_and_pod_readiness()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new DisruptionController(ctx));
        var rs = await CreateReplicaSetAsync(Client, ns, replicas: 3);
        await CreatePodAsync(Client, ns, "web-1", owner: rs);
        await CreatePodAsync(Client, ns, "web-2", owner: rs);
        await CreatePodAsync(Client, ns, "web-3", ready: false, owner: rs);
        await CreateBudgetAsync(Client, ns, maxUnavailable: 1);

        var pdb = await BudgetWhereAsync(Client, ns, s => s.ExpectedPods == 3, "three expected");
        Assert.Equal((2, 2, 3, 0), Counts(pdb.Status));

        await SetReadyAsync(Client, ns, "web-3", ready: true);

        pdb = await BudgetWhereAsync(Client, ns, s => s.DisruptionsAllowed == 1, "the third pod ready");
        Assert.Equal((3, 2, 3, 1), Counts(pdb.Status));
    }

    [Fact]
    public async Task A_pod_whose_controller_is_missing_fails_safe_with_sync_failed()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new DisruptionController(ctx));
        var rs = await CreateReplicaSetAsync(Client, ns, replicas: 2);
        await CreatePodAsync(Client, ns, "web-1", owner: rs);
        await Client.DeleteAsync<Api.Apps.V1.ReplicaSet>(ns, "web");
        await CreateBudgetAsync(Client, ns, maxUnavailable: 1);

        var pdb = await Eventually.ReturnsAsync(() => Client.GetAsync<PodDisruptionBudget>(ns, "web-pdb"),
            p => p.Status.Conditions?.Any(c => c.Reason == DisruptionBudgetConditions.SyncFailedReason) == true, "a SyncFailed condition");

        Assert.Equal(0, pdb.Status.DisruptionsAllowed);
        var condition = AllowedCondition(pdb);
        Assert.Equal(("False", "found no controllers for pod \"web-1\""), (condition.Status, condition.Message));
    }

    [Fact]
    public async Task An_accepted_eviction_keeps_its_pod_unhealthy_until_it_is_overdue()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new DisruptionController(ctx));
        for (var i = 1; i <= 3; i++)
            await CreatePodAsync(Client, ns, $"web-{i}");
        await CreateBudgetAsync(Client, ns, minAvailable: 1);
        var pdb = await BudgetWhereAsync(Client, ns, s => s.DisruptionsAllowed == 2, "two disruptions allowed");

        // What the eviction subresource writes: one recent eviction, one long overdue.
        pdb.Status.DisruptedPods = new() { ["web-1"] = DateTimeOffset.UtcNow.AddSeconds(-5), ["web-2"] = DateTimeOffset.UtcNow.AddMinutes(-10) };
        await Client.UpdateStatusAsync(pdb);

        pdb = await BudgetWhereAsync(Client, ns, s => s.DisruptedPods?.Count == 1, "the overdue entry dropped");
        Assert.True(pdb.Status.DisruptedPods!.ContainsKey("web-1"));
        Assert.Equal((2, 1, 3, 1), Counts(pdb.Status));
    }

    [Fact]
    public async Task Evictions_take_the_allowed_disruptions_and_the_controller_accounts_for_the_evicted_pod()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new DisruptionController(ctx));
        for (var i = 1; i <= 3; i++)
            await CreatePodAsync(Client, ns, $"web-{i}");
        await CreateBudgetAsync(Client, ns, minAvailable: 2);
        await BudgetWhereAsync(Client, ns, s => s.DisruptionsAllowed == 1, "one disruption allowed");

        await Client.EvictAsync(ns, "web-1");
        // web-1 is terminating now: no longer healthy, and no longer awaited in disruptedPods.
        var pdb = await BudgetWhereAsync(Client, ns, s => s.CurrentHealthy == 2 && s.DisruptedPods is null, "the evicted pod accounted for");
        var refused = await Assert.ThrowsAsync<ApiStatusException>(() => Client.EvictAsync(ns, "web-2"));

        Assert.True(refused.IsTooManyRequests, refused.Message);
        Assert.Equal("The disruption budget web-pdb needs 2 healthy pods and has 2 currently", refused.Status.Details!.Causes![0].Message);
        Assert.Equal((2, 2, 3, 0), Counts(pdb.Status));
    }
}
