using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Policy.V1;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Tests.Plugins.AffinitySupport;
using static Dotkube.Scheduler.Tests.Scheduling.Objects;
using Status = Dotkube.Scheduler.Framework.Status;

namespace Dotkube.Scheduler.Tests.Plugins.DefaultPreemption;

public sealed class SelectVictimsTests
{
    private static (IReadOnlyList<Pod> Victims, int Violations, Status Status) Select(PreemptionHarness h, Pod pod, string node = "n1")
    {
        var (state, _) = h.Filter(pod);
        return h.Plugin().SelectVictimsOnNode(state.Clone(), pod, h.Node(node).Clone(), [.. h.Informers.For<PodDisruptionBudget>().Lister.List()]);
    }

    private static string[] Names(IEnumerable<Pod> pods) => [.. pods.Select(p => p.Metadata.Name!)];

    [Fact]
    public void Lower_priority_pods_are_reprieved_most_important_first_while_the_pod_still_fits()
    {
        var h = new PreemptionHarness().WithNode(Node("n1", cpu: "4"),
            Pod("low1", priority: 1, cpu: "1"), Pod("low2", priority: 2, cpu: "1"), Pod("mid", priority: 5, cpu: "2"));

        var (victims, violations, status) = Select(h, Pod("p", priority: 10, cpu: "2"));

        Assert.True(status.IsSuccess, status.Message);
        Assert.Equal(["low2", "low1"], Names(victims));
        Assert.Equal(0, violations);
    }

    public static TheoryData<string, Pod[], Code, string> NoVictims() => new()
    {
        {
            "pods of equal or higher priority are never victims", [Pod("same", priority: 10, cpu: "1"), Pod("high", priority: 20, cpu: "1")],
            Code.UnschedulableAndUnresolvable, "No preemption victims found for incoming pod"
        },
        {
            "a node where the pod does not fit even without lower-priority pods reports the filter's reason",
            [Pod("low", priority: 1, cpu: "1"), Pod("high", priority: 20, cpu: "1")], Code.Unschedulable, "Insufficient cpu"
        },
    };

    [Theory]
    [MemberData(nameof(NoVictims))]
    public void A_node_without_a_useful_eviction_gives_no_victims_and_says_why(string name, Pod[] pods, Code code, string message)
    {
        var h = new PreemptionHarness().WithNode(Node("n1", cpu: "2"), pods);

        var (victims, _, status) = Select(h, Pod("p", priority: 10, cpu: "2"));

        Assert.Empty(victims);
        Assert.True((code, message) == (status.Code, status.Message), $"{name}: {status.Code} {status.Message}");
    }

    [Fact]
    public void Among_equal_priorities_the_pod_that_started_earlier_is_reprieved_first()
    {
        var older = Started(Pod("older", priority: 1, cpu: "1"), 10);
        var newer = Started(Pod("newer", priority: 1, cpu: "1"), 20);
        var h = new PreemptionHarness().WithNode(Node("n1", cpu: "2"), newer, older);

        var (victims, _, _) = Select(h, Pod("p", priority: 10, cpu: "1"));

        Assert.Equal(["newer"], Names(victims));
    }

    [Fact]
    public void Pods_a_pdb_protects_are_reprieved_before_the_others()
    {
        var guarded = Labelled(Pod("guarded", priority: 1, cpu: "1"), "app=db");
        var free = Pod("free", priority: 2, cpu: "1");
        var h = new PreemptionHarness().WithNode(Node("n1", cpu: "2"), guarded, free).WithPdb(Pdb("db", allowed: 0, "app=db"));

        var (victims, violations, status) = Select(h, Pod("p", priority: 10, cpu: "1"));

        Assert.True(status.IsSuccess, status.Message);
        Assert.Equal(["free"], Names(victims));
        Assert.Equal(0, violations);
    }

    [Fact]
    public void Evicting_a_pdb_protected_pod_that_must_go_counts_a_violation()
    {
        var h = new PreemptionHarness().WithNode(Node("n1", cpu: "1"), Labelled(Pod("guarded", priority: 1, cpu: "1"), "app=db"))
            .WithPdb(Pdb("db", allowed: 0, "app=db"));

        var (victims, violations, _) = Select(h, Pod("p", priority: 10, cpu: "1"));

        Assert.Equal(["guarded"], Names(victims));
        Assert.Equal(1, violations);
    }

    [Fact]
    public void Removing_a_pod_the_incoming_pod_is_anti_affine_to_lets_it_fit()
    {
        var node = Node("n1", cpu: "4");
        node.Metadata.Labels = new() { [Build.Hostname] = "n1" };
        var h = new PreemptionHarness("InterPodAffinity", "NodeResourcesFit")
            .WithNode(node, Labelled(Pod("web", priority: 1, cpu: "1"), "app=web"), Pod("other", priority: 1, cpu: "1"));
        var pod = Pod("p", priority: 10, cpu: "1").RequiringAntiAffinity(Terms.Term(Build.Hostname, Build.Selector("app=web")));

        var (victims, _, status) = Select(h, pod);

        Assert.True(status.IsSuccess, status.Message);
        Assert.Equal(["web"], Names(victims));
    }

    [Fact]
    public void Removing_pods_rebalances_topology_spread_domains()
    {
        var a = Node("a", cpu: "4");
        a.Metadata.Labels = new() { ["zone"] = "a" };
        var b = Node("b", cpu: "4");
        b.Metadata.Labels = new() { ["zone"] = "b" };
        var h = new PreemptionHarness("PodTopologySpread", "NodeResourcesFit")
            .WithNode(a, Labelled(Pod("a1", priority: 1, cpu: "1"), "app=web"))
            .WithNode(b, Labelled(Pod("b1", priority: 1, cpu: "4"), "other=x"));
        var pod = Labelled(Pod("p", priority: 10, cpu: "1"), "app=web");
        pod.Spec.TopologySpreadConstraints =
            [new TopologySpreadConstraint { MaxSkew = 1, TopologyKey = "zone", WhenUnsatisfiable = "DoNotSchedule", LabelSelector = Build.Selector("app=web") }];

        // Zone a already has one more matching pod than b, so the pod only fits there once a1 is gone.
        var (victims, _, status) = Select(h, pod, "a");

        Assert.True(status.IsSuccess, status.Message);
        Assert.Equal(["a1"], Names(victims));
    }

    internal static Pod Started(Pod pod, int minute)
    {
        pod.Status.StartTime = new DateTimeOffset(2026, 1, 1, 0, minute, 0, TimeSpan.Zero);
        return pod;
    }

    internal static Pod Labelled(Pod pod, params string[] labels)
    {
        pod.Metadata.Labels = Build.Labels(labels);
        return pod;
    }

    internal static PodDisruptionBudget Pdb(string name, int allowed, params string[] labels) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = "ns" },
        Spec = new PodDisruptionBudgetSpec { Selector = Build.Selector(labels) },
        Status = new PodDisruptionBudgetStatus { DisruptionsAllowed = allowed },
    };
}
