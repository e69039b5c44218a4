using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using static Dotkube.Scheduler.Tests.Scheduling.Objects;

namespace Dotkube.Scheduler.Tests.Plugins.DefaultPreemption;

/// <summary>PostFilter's outcomes that need no API call, with upstream's exact messages.</summary>
public sealed class PostFilterTests
{
    [Fact]
    public async Task A_pod_with_preemption_policy_never_is_not_eligible()
    {
        var h = new PreemptionHarness().WithNode(Node("n1", cpu: "1"), Pod("low", priority: 1, cpu: "1"));
        var pod = Pod("p", priority: 10, cpu: "1");
        pod.Spec.PreemptionPolicy = "Never";

        var (result, status) = await h.PostFilterAsync(pod);

        Assert.Null(result);
        Assert.Equal(Code.Unschedulable, status.Code);
        Assert.Equal("preemption: not eligible due to preemptionPolicy=Never.", status.Message);
    }

    [Fact]
    public async Task A_pod_whose_nominated_node_still_has_a_victim_terminating_is_not_eligible()
    {
        var victim = Pod("low", priority: 1, cpu: "1");
        victim.Metadata.DeletionTimestamp = DateTimeOffset.UnixEpoch;
        victim.Status.Conditions = [new PodCondition { Type = "DisruptionTarget", Status = "True", Reason = "PreemptionByScheduler" }];
        var h = new PreemptionHarness().WithNode(Node("n1", cpu: "1"), victim);
        var pod = Pod("p", priority: 10, cpu: "1");
        pod.Status.NominatedNodeName = "n1";

        var (_, status) = await h.PostFilterAsync(pod);

        Assert.Equal("preemption: not eligible due to a terminating pod on the nominated node.", status.Message);
    }

    [Fact]
    public void A_pod_whose_nominated_node_has_a_pod_deleted_for_another_reason_may_preempt()
    {
        var deleted = Pod("low", priority: 1, cpu: "1");
        deleted.Metadata.DeletionTimestamp = DateTimeOffset.UnixEpoch;
        var h = new PreemptionHarness().WithNode(Node("n1", cpu: "1"), deleted);
        var pod = Pod("p", priority: 10, cpu: "1");
        pod.Status.NominatedNodeName = "n1";
        h.Snapshot();

        Assert.Null(h.Plugin().PodEligibleToPreemptOthers(pod, Status.Unschedulable("Insufficient cpu")));
    }

    [Fact]
    public async Task Nodes_with_only_pods_of_higher_or_equal_priority_offer_no_victims()
    {
        var h = new PreemptionHarness()
            .WithNode(Node("n1", cpu: "1"), Pod("a", priority: 10, cpu: "1"))
            .WithNode(Node("n2", cpu: "1"), Pod("b", priority: 20, cpu: "1"))
            .WithNode(Node("n3", cpu: "1"), Pod("c", priority: 10, cpu: "1"));

        var (result, status) = await h.PostFilterAsync(Pod("p", priority: 10, cpu: "1"));

        Assert.Equal("", result?.NominatedNodeName);
        Assert.Equal(Code.Unschedulable, status.Code);
        Assert.Equal("preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.", status.Message);
    }

    [Fact]
    public async Task Nodes_rejected_as_unresolvable_are_not_helped_by_preemption()
    {
        var h = new PreemptionHarness("NodeUnschedulable", "NodeResourcesFit")
            .WithNode(Unschedulable(Node("n1", cpu: "1")), Pod("a", priority: 1, cpu: "1"))
            .WithNode(Node("n2", cpu: "1"), Pod("b", priority: 20, cpu: "1"))
            .WithNode(Node("n3", cpu: "1"), Pod("c", priority: 1, cpu: "1"), Pod("d", priority: 20, cpu: "1"));

        var (_, status) = await h.PostFilterAsync(Pod("p", priority: 10, cpu: "1"));

        Assert.Equal("preemption: 0/3 nodes are available: 1 Insufficient cpu, 1 No preemption victims found for incoming pod, " +
            "1 Preemption is not helpful for scheduling.", status.Message);
    }

    [Fact]
    public async Task Without_any_node_preemption_could_help_every_node_is_not_helpful()
    {
        var h = new PreemptionHarness("NodeUnschedulable", "NodeResourcesFit")
            .WithNode(Unschedulable(Node("n1")))
            .WithNode(Unschedulable(Node("n2")));

        var (_, status) = await h.PostFilterAsync(Pod("p", priority: 10, cpu: "1"));

        Assert.Equal("preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.", status.Message);
    }

    private static Node Unschedulable(Node node)
    {
        node.Spec.Unschedulable = true;
        return node;
    }
}
