using Dotkube.Kubelet.Cri.V1;
using Dotkube.Kubelet.Node;

namespace Dotkube.Kubelet.Tests.Node;

public sealed class RuntimeStateTests
{
    private readonly SteppedTime _time = new();

    [Fact]
    public void Before_the_first_check_the_runtime_and_network_are_unknown() =>
        Assert.Equal(["container runtime status check may not have completed yet", "network state unknown"], State().Errors());

    [Fact]
    public void A_ready_runtime_without_cni_reports_upstreams_network_message()
    {
        var state = State();

        state.Observe(Status(runtime: true, network: false));

        Assert.Equal(
            ["container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"],
            state.Errors());
    }

    [Fact]
    public void A_ready_runtime_and_network_leave_no_errors()
    {
        var state = State();

        state.Observe(Status(runtime: true, network: true));

        Assert.Empty(state.Errors());
    }

    [Fact]
    public void Without_a_good_check_for_the_threshold_the_runtime_is_down()
    {
        var state = State();
        state.Observe(Status(runtime: true, network: true));

        _time.Now += TimeSpan.FromSeconds(30);

        Assert.Equal(["container runtime is down"], state.Errors());
    }

    [Fact]
    public void A_runtime_that_is_not_ready_says_so_and_keeps_the_last_sync()
    {
        var state = State();
        state.Observe(Status(runtime: true, network: true));

        state.Observe(Status(runtime: false, network: true));

        Assert.Equal(["container runtime not ready: RuntimeReady=false reason:Broken message:runtime broken"], state.Errors());
    }

    private RuntimeState State() => new(_time, TimeSpan.FromSeconds(30));

    internal static RuntimeStatus Status(bool runtime, bool network) => new()
    {
        Conditions =
        {
            new RuntimeCondition { Type = "RuntimeReady", Status = runtime, Reason = runtime ? "" : "Broken", Message = runtime ? "" : "runtime broken" },
            new RuntimeCondition
            {
                Type = "NetworkReady", Status = network,
                Reason = network ? "" : "NetworkPluginNotReady", Message = network ? "" : "Network plugin returns error: cni plugin not initialized",
            },
        },
    };
}
