using Dotkube.Api.Core.V1;
using Dotkube.Kubelet.Pods;

namespace Dotkube.Kubelet.Tests.Pods;

/// <summary>upstream's generate.go conditions: reasons and messages as kubectl describe shows them.</summary>
public sealed class PodConditionsTests
{
    [Theory]
    [InlineData("all running", "R R", "Running", "True", null, null)]
    [InlineData("one waiting", "R W", "Pending", "False", "ContainersNotReady", "containers with unready status: [app1]")]
    [InlineData("one unknown", "R -", "Pending", "False", "ContainersNotReady", "containers with unknown status: [app1]")]
    [InlineData("succeeded", "T0 T0", "Succeeded", "False", "PodCompleted", null)]
    [InlineData("failed", "T0 T1", "Failed", "False", "PodFailed", null)]
    public void ContainersReady_and_Ready_follow_the_containers(string name, string apps, string phase, string status, string? reason, string? message)
    {
        var spec = PodPhasesTests.Spec("Always", [], PodPhasesTests.Names(apps, "app"));
        var containersReady = PodConditions.ContainersReadyCondition(spec, PodPhasesTests.Statuses(apps, "app"), phase);
        var ready = PodConditions.ReadyCondition(spec, containersReady, []);
        Assert.True((status, reason, message) == (containersReady.Status, containersReady.Reason, containersReady.Message), name);
        Assert.Equal((status, reason, message), (ready.Status, ready.Reason, ready.Message));
    }

    [Theory]
    [InlineData("no init containers", "", "Pending", "True", null)]
    [InlineData("init done", "T0 T0", "Running", "True", null)]
    [InlineData("second init running", "T0 R", "Pending", "False", "containers with incomplete status: [init1]")]
    [InlineData("init not started", "T0 -", "Pending", "False", "containers with unknown status: [init1]")]
    public void Initialized_is_true_once_every_init_container_succeeded(string name, string init, string phase, string status, string? message)
    {
        var spec = PodPhasesTests.Spec("Always", PodPhasesTests.Names(init, "init"), ["app0"]);
        var initialized = PodConditions.InitializedCondition(spec, PodPhasesTests.Statuses(init, "init"), phase);
        Assert.True((status, message) == (initialized.Status, initialized.Message), name);
        Assert.Equal(status == "True" ? null : "ContainersNotInitialized", initialized.Reason);
    }

    [Fact]
    public void Ready_waits_for_readiness_gates()
    {
        var spec = PodPhasesTests.Spec("Always", [], ["app0"]);
        spec.ReadinessGates = [new PodReadinessGate { ConditionType = "example.com/lb" }];
        var containersReady = PodConditions.ContainersReadyCondition(spec, PodPhasesTests.Statuses("R", "app"), "Running");

        var missing = PodConditions.ReadyCondition(spec, containersReady, []);
        var met = PodConditions.ReadyCondition(spec, containersReady, [new PodCondition { Type = "example.com/lb", Status = "True" }]);

        Assert.Equal(("False", "ReadinessGatesNotReady"), (missing.Status, missing.Reason));
        Assert.Equal("True", met.Status);
    }

    [Fact]
    public void Merge_keeps_the_transition_time_of_an_unchanged_condition_and_the_conditions_it_does_not_own()
    {
        var then = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var now = then.AddMinutes(5);
        PodCondition[] old =
        [
            new() { Type = "Ready", Status = "True", LastTransitionTime = then },
            new() { Type = "Initialized", Status = "False", LastTransitionTime = then },
            new() { Type = "DisruptionTarget", Status = "True", LastTransitionTime = then },
        ];
        PodCondition[] computed = [new() { Type = "Ready", Status = "True" }, new() { Type = "Initialized", Status = "True" }];

        var merged = PodConditions.Merge(old, computed, now);

        Assert.Equal([("Ready", then), ("Initialized", now), ("DisruptionTarget", then)], merged.Select(c => (c.Type, c.LastTransitionTime)));
    }
}
