using Dotkube.Api.Core.V1;
using Dotkube.Controllers.NodeLifecycle;

namespace Dotkube.Controllers.Tests.NodeLifecycle;

public sealed class NodeTaintsTests
{
    public static TheoryData<string, string, string, string[], string[]> ConditionCases => new()
    {
        // condition type, status, existing taint keys (NoSchedule), expected added, expected removed
        { "Ready", "False", "", ["node.kubernetes.io/not-ready"], [] },
        { "Ready", "Unknown", "node.kubernetes.io/not-ready", ["node.kubernetes.io/unreachable"], ["node.kubernetes.io/not-ready"] },
        { "Ready", "True", "node.kubernetes.io/unreachable,dedicated", [], ["node.kubernetes.io/unreachable"] },
        { "MemoryPressure", "True", "", ["node.kubernetes.io/memory-pressure"], [] },
        { "DiskPressure", "True", "node.kubernetes.io/disk-pressure", [], [] },
        { "PIDPressure", "True", "", ["node.kubernetes.io/pid-pressure"], [] },
        { "NetworkUnavailable", "True", "", ["node.kubernetes.io/network-unavailable"], [] },
        { "NetworkUnavailable", "False", "node.kubernetes.io/network-unavailable", [], ["node.kubernetes.io/network-unavailable"] },
    };

    [Theory]
    [MemberData(nameof(ConditionCases))]
    public void NoSchedule_taints_mirror_the_conditions_and_leave_other_taints_alone(string type, string status, string existing,
        string[] added, string[] removed)
    {
        var node = new Node();
        node.Status.Conditions = [new NodeCondition { Type = type, Status = status }];
        node.Spec.Taints = [.. existing.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(k => new Taint { Key = k, Effect = "NoSchedule" })];

        var (add, remove) = NodeTaints.NoScheduleDiff(node);

        Assert.Equal(added, add.Select(t => t.Key));
        Assert.Equal(removed, remove.Select(t => t.Key));
        Assert.All(add, t => Assert.Equal("NoSchedule", t.Effect));
    }

    [Fact]
    public void A_cordoned_node_gets_the_unschedulable_taint_and_loses_it_when_uncordoned()
    {
        var node = new Node();
        node.Spec.Unschedulable = true;
        Assert.Equal(["node.kubernetes.io/unschedulable"], NodeTaints.NoScheduleDiff(node).Add.Select(t => t.Key));

        node.Spec.Unschedulable = false;
        node.Spec.Taints = [new Taint { Key = "node.kubernetes.io/unschedulable", Effect = "NoSchedule" }];
        Assert.Equal(["node.kubernetes.io/unschedulable"], NodeTaints.NoScheduleDiff(node).Remove.Select(t => t.Key));
    }

    [Fact]
    public void The_NoExecute_taint_of_the_same_key_is_not_a_condition_taint()
    {
        var node = new Node();
        node.Status.Conditions = [new NodeCondition { Type = "Ready", Status = "True" }];
        node.Spec.Taints = [new Taint { Key = "node.kubernetes.io/unreachable", Effect = "NoExecute" }];

        var (add, remove) = NodeTaints.NoScheduleDiff(node);

        Assert.Empty(add);
        Assert.Empty(remove);
    }

    [Fact]
    public void Swapping_taints_replaces_by_key_and_effect_and_is_a_no_op_when_nothing_changes()
    {
        var now = DateTimeOffset.UnixEpoch;
        var current = new List<Taint>
        {
            new() { Key = "dedicated", Value = "gpu", Effect = "NoSchedule" },
            new() { Key = "node.kubernetes.io/not-ready", Effect = "NoExecute", TimeAdded = now },
        };
        var unreachable = new Taint { Key = "node.kubernetes.io/unreachable", Effect = "NoExecute", TimeAdded = now };

        var swapped = NodeTaints.Apply(current, [unreachable], [NodeTaints.NotReadyNoExecute]);

        Assert.Equal(["dedicated", "node.kubernetes.io/unreachable"], swapped!.Select(t => t.Key));
        Assert.Null(NodeTaints.Apply(swapped!, [unreachable], [NodeTaints.NotReadyNoExecute]));
    }
}
