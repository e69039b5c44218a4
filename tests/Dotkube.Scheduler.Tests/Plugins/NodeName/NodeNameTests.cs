using Dotkube.Scheduler.Framework;
using static Dotkube.Scheduler.Tests.Plugins.Support.NodeBuilders;
using Plugin = Dotkube.Scheduler.Plugins.NodeName.NodeName;

namespace Dotkube.Scheduler.Tests.Plugins.NodeName;

public sealed class NodeNameTests
{
    [Theory]
    [InlineData(null, "node-a", Code.Success)]
    [InlineData("", "node-a", Code.Success)]
    [InlineData("node-a", "node-a", Code.Success)]
    [InlineData("node-b", "node-a", Code.UnschedulableAndUnresolvable)]
    public void A_pod_fits_only_the_node_it_names(string? nodeName, string node, Code expected)
    {
        var pod = MakePod();
        pod.Spec.NodeName = nodeName;

        var status = new Plugin().Filter(new CycleState(), pod, MakeNode(node).Info());

        Assert.Equal(expected, status.Code);
        if (expected != Code.Success)
            Assert.Equal(["node(s) didn't match the requested node name"], status.Reasons);
    }

    [Fact]
    public void New_nodes_requeue_rejected_pods()
    {
        Assert.Contains(new Plugin().EventsToRegister(), e => e.Resource == "Node" && e.Action.HasFlag(ClusterEventAction.Add));
    }
}
