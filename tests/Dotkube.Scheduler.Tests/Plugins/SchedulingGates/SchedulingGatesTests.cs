using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Profiles;
using Dotkube.Scheduler.Runtime;
using Microsoft.Extensions.Logging.Abstractions;
using static Dotkube.Scheduler.Tests.Scheduling.Objects;
using SchedulingGatesPlugin = Dotkube.Scheduler.Plugins.SchedulingGates.SchedulingGates;

namespace Dotkube.Scheduler.Tests.Plugins.SchedulingGates;

public sealed class SchedulingGatesTests
{
    private static Pod Gated(params string[] gates)
    {
        var pod = Pod("p");
        pod.Spec.SchedulingGates = gates.Length == 0 ? null : [.. gates.Select(g => new PodSchedulingGate { Name = g })];
        return pod;
    }

    [Fact]
    public void A_pod_without_gates_is_let_in() =>
        Assert.Equal(Status.Success, new SchedulingGatesPlugin().PreEnqueue(Gated()));

    [Fact]
    public void An_empty_gate_list_is_let_in()
    {
        var pod = Pod("p");
        pod.Spec.SchedulingGates = [];

        Assert.True(new SchedulingGatesPlugin().PreEnqueue(pod).IsSuccess);
    }

    [Theory]
    [InlineData(new[] { "example.com/foo" }, "waiting for scheduling gates: [example.com/foo]")]
    [InlineData(new[] { "a", "b" }, "waiting for scheduling gates: [a b]")]
    public void A_gated_pod_is_unresolvable_until_every_gate_is_gone(string[] gates, string message)
    {
        var status = new SchedulingGatesPlugin().PreEnqueue(Gated(gates));

        Assert.Equal(Code.UnschedulableAndUnresolvable, status.Code);
        Assert.Equal([message], status.Reasons);
    }

    [Fact]
    public void No_cluster_event_releases_a_gated_pod_only_its_own_update() =>
        Assert.Empty(new SchedulingGatesPlugin().EventsToRegister());

    [Fact]
    public void The_default_profile_runs_it_at_pre_enqueue_and_names_it_as_the_gating_plugin()
    {
        var registry = new Dictionary<string, PluginFactory> { [SchedulingGatesPlugin.PluginName] = PluginRegistry.All[SchedulingGatesPlugin.PluginName] };
        var runner = new ProfileRunner(new SchedulerProfile(), registry, null!, NullLogger.Instance);

        var status = runner.RunPreEnqueue(Gated("a"));

        Assert.Equal(["SchedulingGates"], runner.PreEnqueue.Select(p => p.Name));
        Assert.Equal((Code.UnschedulableAndUnresolvable, "SchedulingGates"), (status.Code, status.Plugin));
        Assert.True(runner.RunPreEnqueue(Gated()).IsSuccess);
    }
}
