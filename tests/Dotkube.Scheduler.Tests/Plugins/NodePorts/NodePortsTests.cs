using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using static Dotkube.Scheduler.Tests.Plugins.Support.NodeBuilders;
using Plugin = Dotkube.Scheduler.Plugins.NodePorts.NodePorts;

namespace Dotkube.Scheduler.Tests.Plugins.NodePorts;

public sealed class NodePortsTests
{
    public static TheoryData<string, Pod, Pod, Code> Cases => new()
    {
        { "Different ports do not conflict", MakePod().WithHostPort(80), MakePod().WithHostPort(81), Code.Success },
        { "The same port and protocol on the wildcard conflict", MakePod().WithHostPort(80), MakePod().WithHostPort(80), Code.Unschedulable },
        { "The same port over another protocol does not conflict", MakePod().WithHostPort(80, "UDP"), MakePod().WithHostPort(80), Code.Success },
        { "An empty protocol means TCP", MakePod().WithHostPort(80, "TCP"), MakePod().WithHostPort(80), Code.Unschedulable },
        {
            "Different specific addresses do not conflict", MakePod().WithHostPort(80, hostIp: "10.0.0.1"),
            MakePod().WithHostPort(80, hostIp: "10.0.0.2"), Code.Success
        },
        {
            "The same specific address conflicts", MakePod().WithHostPort(80, hostIp: "10.0.0.1"),
            MakePod().WithHostPort(80, hostIp: "10.0.0.1"), Code.Unschedulable
        },
        {
            "A wildcard request conflicts with a specific address in use", MakePod().WithHostPort(80, hostIp: "10.0.0.1"),
            MakePod().WithHostPort(80), Code.Unschedulable
        },
        {
            "A specific request conflicts with the wildcard in use", MakePod().WithHostPort(80),
            MakePod().WithHostPort(80, hostIp: "10.0.0.1"), Code.Unschedulable
        },
        {
            "An explicit 0.0.0.0 is the wildcard", MakePod().WithHostPort(80, hostIp: "0.0.0.0"),
            MakePod().WithHostPort(80, hostIp: "127.0.0.1"), Code.Unschedulable
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Host_ports_conflict_as_upstream(string name, Pod existing, Pod pod, Code expected)
    {
        var plugin = new Plugin();
        var state = new CycleState();
        Assert.True(plugin.PreFilter(state, pod, []).Status.IsSuccess);

        var status = plugin.Filter(state, pod, MakeNode("n").Info(existing));

        Assert.True(expected == status.Code, name);
        if (expected != Code.Success)
            Assert.Equal(["node(s) didn't have free ports for the requested pod ports"], status.Reasons);
    }

    [Fact]
    public void A_pod_without_host_ports_skips_the_filter()
    {
        var pod = MakePod().WithContainer();
        pod.Spec.Containers[0].Ports = [new ContainerPort { Port = 80 }];

        Assert.Equal(Code.Skip, new Plugin().PreFilter(new CycleState(), pod, []).Status.Code);
    }

    [Fact]
    public void Deleted_pods_requeue_rejected_pods()
    {
        Assert.Contains(new ClusterEvent("Pod", ClusterEventAction.Delete), new Plugin().EventsToRegister());
    }
}
