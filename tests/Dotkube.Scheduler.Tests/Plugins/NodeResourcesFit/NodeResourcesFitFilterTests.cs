using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using static Dotkube.Scheduler.Tests.Plugins.Support.NodeBuilders;
using Plugin = Dotkube.Scheduler.Plugins.NodeResourcesFit.NodeResourcesFit;

namespace Dotkube.Scheduler.Tests.Plugins.NodeResourcesFit;

public sealed class NodeResourcesFitFilterTests
{
    // Every node: 4 CPU, 8Gi, 110 pods, 2 example.com/gpu, 10Gi ephemeral storage; already running a 3-CPU/6Gi/1-gpu pod.
    private static NodeInfo BusyNode(int pods = 110) =>
        MakeNode("n", "4", "8Gi", pods).WithAllocatable("example.com/gpu", "2").WithAllocatable("ephemeral-storage", "10Gi")
            .Info(MakePod("busy").WithContainer(("cpu", "3"), ("memory", "6Gi"), ("example.com/gpu", "1")));

    public static TheoryData<string, Pod, Code, string[]> Cases => new()
    {
        { "A pod that fits passes", MakePod().WithContainer(("cpu", "1"), ("memory", "2Gi")), Code.Success, [] },
        { "A pod without requests passes", MakePod().WithContainer(), Code.Success, [] },
        { "Too little cpu left", MakePod().WithContainer(("cpu", "1500m")), Code.Unschedulable, ["Insufficient cpu"] },
        {
            "Both cpu and memory short are both reported", MakePod().WithContainer(("cpu", "2"), ("memory", "3Gi")), Code.Unschedulable,
            ["Insufficient cpu", "Insufficient memory"]
        },
        {
            "Asking more than the whole node is unresolvable", MakePod().WithContainer(("cpu", "5")), Code.UnschedulableAndUnresolvable,
            ["Insufficient cpu"]
        },
        { "Extended resources are checked", MakePod().WithContainer(("example.com/gpu", "2")), Code.Unschedulable, ["Insufficient example.com/gpu"] },
        {
            "An extended resource the node lacks is unresolvable", MakePod().WithContainer(("example.com/fpga", "1")),
            Code.UnschedulableAndUnresolvable, ["Insufficient example.com/fpga"]
        },
        {
            "Ephemeral storage is checked", MakePod().WithContainer(("ephemeral-storage", "11Gi")), Code.UnschedulableAndUnresolvable,
            ["Insufficient ephemeral-storage"]
        },
        {
            "The init-container max rule applies", InitHeavyPod(), Code.Unschedulable, ["Insufficient cpu"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Requests_must_fit_what_is_left_on_the_node(string name, Pod pod, Code expected, string[] reasons)
    {
        var plugin = new Plugin();
        var state = new CycleState();
        plugin.PreFilter(state, pod, []);

        var status = plugin.Filter(state, pod, BusyNode());

        Assert.True(expected == status.Code, $"{name}: {status.Code} {status.Message}");
        Assert.Equal(reasons, status.Reasons);
    }

    [Fact]
    public void A_full_node_has_too_many_pods_even_for_a_pod_without_requests()
    {
        var pod = MakePod().WithContainer();

        var status = new Plugin().Filter(new CycleState(), pod, BusyNode(pods: 1));

        Assert.Equal(Code.Unschedulable, status.Code);
        Assert.Equal(["Too many pods"], status.Reasons);
    }

    [Theory]
    [InlineData("""{"ignoredResources":["example.com/gpu"]}""")]
    [InlineData("""{"ignoredResourceGroups":["example.com"]}""")]
    public void Ignored_extended_resources_are_not_checked(string args)
    {
        var pod = MakePod().WithContainer(("example.com/gpu", "5"));

        var status = new Plugin((JsonObject)JsonNode.Parse(args)!).Filter(new CycleState(), pod, BusyNode());

        Assert.True(status.IsSuccess, status.Message);
    }

    [Fact]
    public void Ignoring_a_group_does_not_ignore_hugepages()
    {
        var pod = MakePod().WithContainer(("hugepages-2Mi", "2Mi"));

        var status = new Plugin((JsonObject)JsonNode.Parse("""{"ignoredResources":["hugepages-2Mi"]}""")!).Filter(new CycleState(), pod, BusyNode());

        Assert.Equal(["Insufficient hugepages-2Mi"], status.Reasons);
    }

    [Fact]
    public void Deleted_pods_and_grown_nodes_requeue_rejected_pods()
    {
        var events = new Plugin().EventsToRegister();

        Assert.Contains(new ClusterEvent("Pod", ClusterEventAction.Delete), events);
        Assert.Contains(events, e => e.Resource == "Node" && e.Action.HasFlag(ClusterEventAction.UpdateNodeAllocatable));
    }

    private static Pod InitHeavyPod()
    {
        var pod = MakePod().WithContainer(("cpu", "100m"));
        pod.Spec.InitContainers =
            [new Container { Name = "init", Resources = new ResourceRequirements { Requests = new() { ["cpu"] = Dotkube.Api.Values.Quantity.Parse("2") } } }];
        return pod;
    }
}
