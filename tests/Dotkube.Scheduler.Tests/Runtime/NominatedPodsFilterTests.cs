using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Tests.Plugins.AffinitySupport;
using Dotkube.Scheduler.Tests.Plugins.DefaultPreemption;
using static Dotkube.Scheduler.Tests.Plugins.DefaultPreemption.SelectVictimsTests;
using static Dotkube.Scheduler.Tests.Scheduling.Objects;

namespace Dotkube.Scheduler.Tests.Runtime;

/// <summary>RunFilterPluginsWithNominatedPods: pods nominated to a node count there for pods of lower or equal priority.</summary>
public sealed class NominatedPodsFilterTests
{
    private static Status FilterWith(Pod nominated, Pod pod, params string[] plugins)
    {
        var h = new PreemptionHarness(plugins).WithNode(Node("n1", cpu: "4"), Pod("running", priority: 0, cpu: "2"));
        h.Nominator.AddOrUpdate(nominated, "n1");
        return h.Filter(pod).Rejections.GetValueOrDefault("n1") ?? Status.Success;
    }

    public static TheoryData<string, int, bool> Priorities() => new()
    {
        { "a lower-priority pod may not take room kept for a higher-priority nominated pod", 5, false },
        { "an equal-priority pod may not take it either", 10, false },
        { "a higher-priority pod may take it", 20, true },
    };

    [Theory]
    [MemberData(nameof(Priorities))]
    public void Nominated_pods_of_equal_or_higher_priority_hold_their_room(string name, int priority, bool fits)
    {
        var status = FilterWith(Pod("nominated", priority: 10, cpu: "2"), Pod("p", priority: priority, cpu: "1"));

        Assert.True(fits == status.IsSuccess, name);
        if (!fits)
            Assert.Equal("Insufficient cpu", status.Message);
    }

    [Fact]
    public void A_pod_does_not_hold_room_against_itself()
    {
        var pod = Pod("p", priority: 10, cpu: "2");

        Assert.True(FilterWith(pod, pod).IsSuccess);
    }

    [Fact]
    public void The_filters_must_also_pass_without_the_nominated_pods()
    {
        // The pod's required affinity is met only by the nominated pod, which may still land elsewhere.
        var nominated = Labelled(Pod("nominated", priority: 10, cpu: "1"), "app=db");
        var pod = Pod("p", priority: 5, cpu: "1").RequiringAffinity(Terms.Term("kubernetes.io/hostname", Build.Selector("app=db")));
        var h = new PreemptionHarness("InterPodAffinity", "NodeResourcesFit");
        var node = Node("n1", cpu: "4");
        node.Metadata.Labels = new() { ["kubernetes.io/hostname"] = "n1" };
        h.WithNode(node, Labelled(Pod("web", priority: 0), "app=web"));
        h.Nominator.AddOrUpdate(nominated, "n1");

        var status = h.Filter(pod).Rejections["n1"];

        Assert.Equal(InterPodAffinityReason, status.Message);
    }

    [Fact]
    public void Without_nominations_the_filters_run_once_as_usual()
    {
        var h = new PreemptionHarness().WithNode(Node("n1", cpu: "4"), Pod("running", priority: 0, cpu: "2"));

        Assert.Empty(h.Filter(Pod("p", priority: 0, cpu: "2")).Rejections);
        Assert.Equal("Insufficient cpu", h.Filter(Pod("big", priority: 0, cpu: "3")).Rejections["n1"].Message);
    }

    private const string InterPodAffinityReason = Dotkube.Scheduler.Plugins.InterPodAffinity.InterPodAffinity.ErrReasonAffinityRulesNotMatch;
}
