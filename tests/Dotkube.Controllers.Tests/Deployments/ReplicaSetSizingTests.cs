using Dotkube.Api.Apps.V1;
using Dotkube.Controllers.Deployments;
using static Dotkube.Controllers.Tests.Deployments.Objects;

namespace Dotkube.Controllers.Tests.Deployments;

public sealed class ReplicaSetSizingTests
{
    [Theory]
    [InlineData(10, 0, 3, "room for the whole surge")]
    [InlineData(8, 3, 5, "as many as the surge leaves room for")]
    [InlineData(10, 3, 3, "no room above replicas + maxSurge")]
    [InlineData(0, 9, 10, "never beyond spec.replicas")]
    public void The_new_replica_set_grows_by_what_max_surge_leaves_room_for(int oldReplicas, int newReplicas, int expected, string because)
    {
        var d = NewDeployment(replicas: 10, maxSurge: 3, maxUnavailable: 2);
        var oldRs = NewReplicaSet("old", oldReplicas);
        var newRs = NewReplicaSet("new", newReplicas);

        Assert.True(expected == ReplicaSetSizing.NewReplicaSetReplicas(d, [oldRs, newRs], newRs), because);
    }

    [Fact]
    public void Recreate_sizes_the_new_replica_set_to_all_replicas_at_once()
    {
        var d = NewDeployment(replicas: 4, strategy: DeploymentStrategyType.Recreate);
        var newRs = NewReplicaSet("new", 0);

        Assert.Equal(4, ReplicaSetSizing.NewReplicaSetReplicas(d, [NewReplicaSet("old", 4), newRs], newRs));
    }

    [Fact]
    public void Scaling_up_mid_rollout_shares_the_new_replicas_in_proportion()
    {
        // Sized for 10 + 3 surge; now 20 + 5 surge: 12 more to share between 8 and 5.
        var d = NewDeployment(replicas: 20, maxSurge: 5, maxUnavailable: 0);
        var oldRs = NewReplicaSet("old", 8, age: 0, maxReplicas: 13, desiredReplicas: 10);
        var newRs = NewReplicaSet("new", 5, age: 10, maxReplicas: 13, desiredReplicas: 10);

        var steps = ReplicaSetSizing.Scale(d, newRs, [oldRs]);

        Assert.Equal([("old", 15), ("new", 10)], Sizes(steps));
    }

    [Fact]
    public void Scaling_down_mid_rollout_takes_from_the_larger_and_older_first()
    {
        var d = NewDeployment(replicas: 5, maxSurge: 1, maxUnavailable: 0);
        var oldRs = NewReplicaSet("old", 6, age: 0, maxReplicas: 11, desiredReplicas: 10);
        var newRs = NewReplicaSet("new", 5, age: 10, maxReplicas: 11, desiredReplicas: 10);

        var steps = ReplicaSetSizing.Scale(d, newRs, [oldRs]);

        // 11 -> 6: old's share is round(6*6/11)-6 = -3, new's round(5*6/11)-5 = -2.
        Assert.Equal([("old", 3), ("new", 3)], Sizes(steps));
        Assert.Equal(6, steps.Sum(s => s.Replicas));
    }

    [Fact]
    public void The_rounding_leftover_goes_to_the_largest_replica_set()
    {
        var d = NewDeployment(replicas: 10, maxSurge: 0, maxUnavailable: 1);
        var a = NewReplicaSet("a", 3, age: 0, maxReplicas: 9, desiredReplicas: 9);
        var b = NewReplicaSet("b", 3, age: 10, maxReplicas: 9, desiredReplicas: 9);
        var c = NewReplicaSet("c", 3, age: 20, maxReplicas: 9, desiredReplicas: 9);

        var steps = ReplicaSetSizing.Scale(d, c, [a, b]);

        // Each share is round(3*10/9)-3 = 0; the one replica left over goes to the first in size order, the newest.
        Assert.Equal([("c", 4), ("b", 3), ("a", 3)], Sizes(steps));
    }

    [Fact]
    public void A_single_active_replica_set_takes_all_replicas()
    {
        var d = NewDeployment(replicas: 7);
        var steps = ReplicaSetSizing.Scale(d, NewReplicaSet("new", 3, maxReplicas: 4), [NewReplicaSet("old", 0)]);

        Assert.Equal([("new", 7)], Sizes(steps));
    }

    [Fact]
    public void A_saturated_new_replica_set_leaves_the_old_ones_at_zero()
    {
        var d = NewDeployment(replicas: 3);
        var newRs = NewReplicaSet("new", 3, available: 3, age: 20, desiredReplicas: 3);

        var steps = ReplicaSetSizing.Scale(d, newRs, [NewReplicaSet("older", 1, age: 0), NewReplicaSet("old", 1, age: 10)]);

        Assert.Equal([("old", 0), ("older", 0)], Sizes(steps));
    }

    [Fact]
    public void Unhealthy_old_replicas_are_scaled_away_first_and_oldest_first()
    {
        var older = NewReplicaSet("older", 3, available: 1, age: 0);
        var old = NewReplicaSet("old", 4, available: 2, age: 10);

        var steps = ReplicaSetSizing.CleanupUnhealthy([old, older], maxCleanup: 3);

        Assert.Equal([("older", 1), ("old", 3)], Sizes(steps));
    }

    [Fact]
    public void Old_replicas_go_only_as_far_as_availability_allows()
    {
        // 10 replicas, at most 2 unavailable; 11 available now, so 3 may go.
        var d = NewDeployment(replicas: 10, maxSurge: 3, maxUnavailable: 2);
        var older = NewReplicaSet("older", 2, age: 0);
        var old = NewReplicaSet("old", 6, age: 10);
        var newRs = NewReplicaSet("new", 3, age: 20);

        var steps = ReplicaSetSizing.ScaleDownOld(d, [older, old, newRs], [old, older], Fenceposts.MaxUnavailable(d));

        Assert.Equal([("older", 0), ("old", 5)], Sizes(steps));
    }

    [Fact]
    public void Unavailable_new_pods_hold_back_the_old_ones()
    {
        // Upstream's example: 10 replicas, maxUnavailable 2, maxSurge 3; the new pods crash-loop.
        var d = NewDeployment(replicas: 10, maxSurge: 3, maxUnavailable: 2);
        var old = NewReplicaSet("old", 8, available: 8);
        var newRs = NewReplicaSet("new", 5, available: 0);

        Assert.Equal(0, ReplicaSetSizing.MaxScaledDown(d, [old, newRs], newRs));
    }

    private static List<(string, int)> Sizes(IEnumerable<ScaleStep> steps) =>
        [.. steps.Select(s => (s.ReplicaSet.Metadata.Name!, s.Replicas))];
}
