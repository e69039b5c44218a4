using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;
using Dotkube.Kubelet.Node;

namespace Dotkube.Kubelet.Tests.Node;

public sealed class NodeConditionsTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_node_gets_the_pressure_conditions_then_ready_last()
    {
        var status = WithCapacity();

        NodeConditions.Apply(status, [], T0);

        Assert.Equal(
            [
                ("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                ("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                ("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                ("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
            ],
            status.Conditions!.Select(c => (c.Type, c.Status, c.Reason, c.Message)));
        Assert.All(status.Conditions!, c => Assert.Equal((T0, T0), (c.LastHeartbeatTime, c.LastTransitionTime)));
    }

    [Fact]
    public void Runtime_errors_make_the_node_not_ready_with_the_errors_joined()
    {
        var status = WithCapacity();

        NodeConditions.Apply(status, ["container runtime is down", "network state unknown"], T0);

        var ready = status.Conditions!.Single(c => c.Type == "Ready");
        Assert.Equal(("False", "KubeletNotReady", "container runtime is down,network state unknown"), (ready.Status, ready.Reason, ready.Message));
    }

    [Fact]
    public void Missing_capacity_makes_the_node_not_ready()
    {
        var status = new NodeStatus();

        NodeConditions.Apply(status, [], T0);

        Assert.Equal("Missing node capacity for resources: cpu, memory, pods, ephemeral-storage", status.Conditions!.Single(c => c.Type == "Ready").Message);
    }

    [Fact]
    public void Transition_time_moves_only_when_the_status_changes()
    {
        var status = WithCapacity();
        NodeConditions.Apply(status, ["network state unknown"], T0);

        NodeConditions.Apply(status, ["container runtime is down"], T0.AddSeconds(10));
        var stillFalse = status.Conditions!.Single(c => c.Type == "Ready");
        Assert.Equal((T0.AddSeconds(10), T0), (stillFalse.LastHeartbeatTime, stillFalse.LastTransitionTime));

        NodeConditions.Apply(status, [], T0.AddSeconds(20));
        var ready = status.Conditions!.Single(c => c.Type == "Ready");
        Assert.Equal(("True", T0.AddSeconds(20)), (ready.Status, ready.LastTransitionTime));
        Assert.Equal(T0, status.Conditions!.Single(c => c.Type == "MemoryPressure").LastTransitionTime);
    }

    [Fact]
    public void An_unknown_status_set_by_the_node_controller_is_put_back()
    {
        var status = WithCapacity();
        NodeConditions.Apply(status, [], T0);
        foreach (var condition in status.Conditions!)
        {
            condition.Status = "Unknown";
            condition.Reason = "NodeStatusUnknown";
        }

        NodeConditions.Apply(status, [], T0.AddMinutes(1));

        Assert.All(status.Conditions!, c => Assert.Equal(T0.AddMinutes(1), c.LastTransitionTime));
        Assert.Equal(["False", "False", "False", "True"], status.Conditions!.Select(c => c.Status));
    }

    private static NodeStatus WithCapacity() => new()
    {
        Capacity = new() { ["cpu"] = Quantity.Parse("2"), ["memory"] = Quantity.Parse("1Gi"), ["pods"] = Quantity.Parse("110"), ["ephemeral-storage"] = Quantity.Parse("10Gi") },
    };
}
