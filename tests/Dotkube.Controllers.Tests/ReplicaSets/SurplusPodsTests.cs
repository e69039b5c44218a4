using Dotkube.Controllers.ReplicaSets;
using static Dotkube.Controllers.Tests.Common.TestPods;

namespace Dotkube.Controllers.Tests.ReplicaSets;

public sealed class SurplusPodsTests
{
    [Fact]
    public void Surplus_pods_that_are_not_ready_are_deleted_first()
    {
        var ready = New("ready", readySince: Now.AddHours(-1));
        var notReady = New("not-ready");
        var pending = New("pending", node: null, phase: "Pending");

        var chosen = SurplusPods.Choose([ready, notReady, pending], [], 2, Now);

        Assert.Equal(["pending", "not-ready"], chosen.Select(p => p.Metadata.Name));
    }

    [Fact]
    public void Pods_sharing_a_node_with_more_related_pods_go_first()
    {
        var alone = New("alone", node: "node-b", readySince: Now.AddHours(-1));
        var crowded = New("crowded", node: "node-a", readySince: Now.AddHours(-1));
        var related = new[] { crowded, alone, New("sibling-1", node: "node-a"), New("sibling-2", node: "node-a") };

        Assert.Equal(["crowded"], SurplusPods.Choose([alone, crowded], related, 1, Now).Select(p => p.Metadata.Name));
    }

    [Fact]
    public void Deleting_all_needs_no_ranking()
    {
        var pods = new[] { New("a"), New("b") };

        Assert.Equal(["a", "b"], SurplusPods.Choose(pods, [], 5, Now).Select(p => p.Metadata.Name));
    }
}
