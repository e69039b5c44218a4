using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Controllers.NodeLifecycle;

namespace Dotkube.Controllers.Tests.NodeLifecycle;

public sealed class NodeHealthMapTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(50);
    private static readonly TimeSpan StartupGrace = TimeSpan.FromSeconds(60);
    private readonly NodeHealthMap _map = new();

    [Fact]
    public void A_node_heard_from_by_neither_heartbeat_nor_lease_goes_stale_after_the_grace_period()
    {
        var node = Node(heartbeat: T0);

        Assert.False(_map.Observe(node, null, T0, Grace, StartupGrace).Stale);
        Assert.False(_map.Observe(node, null, T0 + Grace, Grace, StartupGrace).Stale);
        Assert.True(_map.Observe(node, null, T0 + Grace + TimeSpan.FromSeconds(1), Grace, StartupGrace).Stale);
    }

    [Fact]
    public void A_renewed_lease_keeps_a_node_fresh_without_status_updates()
    {
        var node = Node(heartbeat: T0);
        _map.Observe(node, Lease(T0), T0, Grace, StartupGrace);

        Assert.False(_map.Observe(node, Lease(T0 + TimeSpan.FromSeconds(40)), T0 + TimeSpan.FromSeconds(40), Grace, StartupGrace).Stale);
        Assert.False(_map.Observe(node, Lease(T0 + TimeSpan.FromSeconds(40)), T0 + TimeSpan.FromSeconds(80), Grace, StartupGrace).Stale);
        Assert.True(_map.Observe(node, Lease(T0 + TimeSpan.FromSeconds(40)), T0 + TimeSpan.FromSeconds(91), Grace, StartupGrace).Stale);
    }

    [Fact]
    public void A_new_ready_heartbeat_keeps_a_node_fresh()
    {
        _map.Observe(Node(heartbeat: T0), null, T0, Grace, StartupGrace);

        Assert.False(_map.Observe(Node(heartbeat: T0.AddSeconds(30)), null, T0.AddSeconds(40), Grace, StartupGrace).Stale);
        Assert.False(_map.Observe(Node(heartbeat: T0.AddSeconds(30)), null, T0.AddSeconds(90), Grace, StartupGrace).Stale);
        Assert.True(_map.Observe(Node(heartbeat: T0.AddSeconds(30)), null, T0.AddSeconds(91), Grace, StartupGrace).Stale);
    }

    [Fact]
    public void The_kubelets_own_timestamps_do_not_count_only_when_this_controller_saw_them_change()
    {
        // A heartbeat far in the future (a skewed kubelet clock) buys nothing beyond the grace period.
        _map.Observe(Node(heartbeat: T0.AddHours(1)), null, T0, Grace, StartupGrace);

        Assert.True(_map.Observe(Node(heartbeat: T0.AddHours(1)), null, T0.AddSeconds(51), Grace, StartupGrace).Stale);
    }

    [Fact]
    public void A_node_that_never_posted_ready_is_judged_from_its_creation_with_the_startup_grace()
    {
        var node = Node(heartbeat: null);

        var observation = _map.Observe(node, null, T0.AddSeconds(59), Grace, StartupGrace);
        Assert.False(observation.Stale);
        Assert.Equal(ConditionStatus.Unknown, observation.Observed.Status);
        Assert.Equal(StartupGrace, observation.GracePeriod);
        Assert.True(_map.Observe(node, null, T0.AddSeconds(61), Grace, StartupGrace).Stale);
    }

    [Fact]
    public void Conditions_become_unknown_keeping_the_kubelets_heartbeat_and_missing_ones_are_added()
    {
        var node = Node(heartbeat: T0);

        StaleNodeStatus.MarkUnknown(node, T0.AddMinutes(1));

        var conditions = node.Status.Conditions!.ToDictionary(c => c.Type);
        Assert.Equal(["Ready", "MemoryPressure", "DiskPressure", "PIDPressure"], conditions.Keys);
        Assert.All(conditions.Values, c => Assert.Equal(ConditionStatus.Unknown, c.Status));
        Assert.Equal("NodeStatusUnknown", conditions["Ready"].Reason);
        Assert.Equal("Kubelet stopped posting node status.", conditions["Ready"].Message);
        Assert.Equal(T0, conditions["Ready"].LastHeartbeatTime);
        Assert.Equal(T0.AddMinutes(1), conditions["Ready"].LastTransitionTime);
        Assert.Equal("NodeStatusNeverUpdated", conditions["PIDPressure"].Reason);
        Assert.Equal("Kubelet never posted node status.", conditions["PIDPressure"].Message);
    }

    private static Node Node(DateTimeOffset? heartbeat) => new()
    {
        Metadata = new ObjectMeta { Name = "n", CreationTimestamp = T0 },
        Status = new NodeStatus
        {
            Conditions = heartbeat is null ? null :
            [
                new NodeCondition { Type = "Ready", Status = "True", LastHeartbeatTime = heartbeat.Value, LastTransitionTime = T0 },
                new NodeCondition { Type = "MemoryPressure", Status = "False", LastHeartbeatTime = heartbeat.Value, LastTransitionTime = T0 },
                new NodeCondition { Type = "DiskPressure", Status = "False", LastHeartbeatTime = heartbeat.Value, LastTransitionTime = T0 },
            ],
        },
    };

    private static Lease Lease(DateTimeOffset renewed) => new() { Spec = new LeaseSpec { RenewTime = renewed } };
}
