using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Tests.Plugins.AffinitySupport;
using static Dotkube.Scheduler.Tests.Plugins.AffinitySupport.Build;
using static Dotkube.Scheduler.Tests.Plugins.AffinitySupport.FilterExpectation;
using static Dotkube.Scheduler.Tests.Plugins.AffinitySupport.Terms;
using Plugin = Dotkube.Scheduler.Plugins.InterPodAffinity.InterPodAffinity;

namespace Dotkube.Scheduler.Tests.Plugins.InterPodAffinity;

public sealed class InterPodAffinityFilterTests
{
    private const string AffinityMiss = Plugin.ErrReasonAffinityRulesNotMatch;
    private const string AntiAffinityHit = Plugin.ErrReasonAntiAffinityRulesNotMatch;
    private const string ExistingAntiAffinityHit = Plugin.ErrReasonExistingAntiAffinityRulesNotMatch;

    public sealed record Case(Func<Pod> Pod, Func<NodeInfo[]> Nodes, Dictionary<string, (Code, string?)> Expected, Namespace[]? Namespaces = null);

    /// <summary>Two zones: n1 and n2 in z1, n3 in z2, and n4 without a zone label.</summary>
    private static NodeInfo[] Zones(Pod? onN1 = null, Pod? onN3 = null) =>
    [
        Info(Node("n1", "zone=z1"), onN1 is null ? [] : [onN1]),
        Info(Node("n2", "zone=z1")),
        Info(Node("n3", "zone=z2"), onN3 is null ? [] : [onN3]),
        Info(Node("n4")),
    ];

    private static readonly Namespace[] LabelledNamespaces = [Namespace("default", "team=a"), Namespace("team-a", "team=a"), Namespace("team-b", "team=b")];

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["A pod without affinity fits every node"] = new(
            () => Pod("p", "default", "app=web"),
            () => Zones(onN1: Pod("db", "default", "app=db")),
            Expect(("n1", Ok), ("n2", Ok), ("n3", Ok), ("n4", Ok))),

        ["Required affinity admits every node in the zone of a matching pod and nothing else"] = new(
            () => Pod("p", "default", "app=web").RequiringAffinity(Term("zone", Selector("app=db"))),
            () => Zones(onN1: Pod("db", "default", "app=db")),
            Expect(("n1", Ok), ("n2", Ok), ("n3", Unresolvable(AffinityMiss)), ("n4", Unresolvable(AffinityMiss)))),

        ["Required affinity by hostname admits only the node running the matching pod"] = new(
            () => Pod("p", "default", "app=web").RequiringAffinity(Term(Hostname, Selector("app=db"))),
            () => Zones(onN1: Pod("db", "default", "app=db")),
            Expect(("n1", Ok), ("n2", Unresolvable(AffinityMiss)), ("n3", Unresolvable(AffinityMiss)), ("n4", Unresolvable(AffinityMiss)))),

        ["Required affinity sees only pods of the pod's own namespace when the term names none"] = new(
            () => Pod("p", "default", "app=web").RequiringAffinity(Term("zone", Selector("app=db"))),
            () => Zones(onN1: Pod("db", "other", "app=db")),
            Expect(("n1", Unresolvable(AffinityMiss)), ("n2", Unresolvable(AffinityMiss)), ("n3", Unresolvable(AffinityMiss)), ("n4", Unresolvable(AffinityMiss)))),

        ["Required affinity sees pods of the namespaces the term lists"] = new(
            () => Pod("p", "default", "app=web").RequiringAffinity(Term("zone", Selector("app=db"), namespaces: ["other"])),
            () => Zones(onN1: Pod("db", "other", "app=db"), onN3: Pod("db2", "default", "app=db")),
            Expect(("n1", Ok), ("n2", Ok), ("n3", Unresolvable(AffinityMiss)), ("n4", Unresolvable(AffinityMiss)))),

        ["Required affinity sees pods of namespaces whose labels match the namespaceSelector"] = new(
            () => Pod("p", "default", "app=web").RequiringAffinity(Term("zone", Selector("app=db"), namespaceSelector: Selector("team=b"))),
            () => Zones(onN1: Pod("db", "team-a", "app=db"), onN3: Pod("db2", "team-b", "app=db")),
            Expect(("n1", Unresolvable(AffinityMiss)), ("n2", Unresolvable(AffinityMiss)), ("n3", Ok), ("n4", Unresolvable(AffinityMiss))),
            LabelledNamespaces),

        ["An empty namespaceSelector selects pods of every namespace"] = new(
            () => Pod("p", "default", "app=web").RequiringAffinity(Term("zone", Selector("app=db"), namespaceSelector: new())),
            () => Zones(onN3: Pod("db", "somewhere", "app=db")),
            Expect(("n1", Unresolvable(AffinityMiss)), ("n2", Unresolvable(AffinityMiss)), ("n3", Ok), ("n4", Unresolvable(AffinityMiss)))),

        ["Required affinity needs one pod matching all of its terms"] = new(
            () => Pod("p", "default", "app=web").RequiringAffinity(Term("zone", Selector("app=db")), Term("zone", Selector("tier=backend"))),
            () => Zones(onN1: Pod("db", "default", "app=db"), onN3: Pod("db2", "default", "app=db", "tier=backend")),
            Expect(("n1", Unresolvable(AffinityMiss)), ("n2", Unresolvable(AffinityMiss)), ("n3", Ok), ("n4", Unresolvable(AffinityMiss)))),

        ["The first pod of a group whose affinity selects itself fits any node with the topology key"] = new(
            () => Pod("p", "default", "app=web").RequiringAffinity(Term("zone", Selector("app=web"))),
            () => Zones(onN1: Pod("db", "default", "app=db")),
            Expect(("n1", Ok), ("n2", Ok), ("n3", Ok), ("n4", Unresolvable(AffinityMiss)))),

        ["The first-pod exception needs the pod to match its own terms"] = new(
            () => Pod("p", "default", "app=web").RequiringAffinity(Term("zone", Selector("app=cache"))),
            () => Zones(),
            Expect(("n1", Unresolvable(AffinityMiss)), ("n2", Unresolvable(AffinityMiss)), ("n3", Unresolvable(AffinityMiss)), ("n4", Unresolvable(AffinityMiss)))),

        ["Once a pod of the group runs, the group's next pod must join its zone"] = new(
            () => Pod("p", "default", "app=web").RequiringAffinity(Term("zone", Selector("app=web"))),
            () => Zones(onN3: Pod("web-0", "default", "app=web")),
            Expect(("n1", Unresolvable(AffinityMiss)), ("n2", Unresolvable(AffinityMiss)), ("n3", Ok), ("n4", Unresolvable(AffinityMiss)))),

        ["Required anti-affinity by zone rejects every node in the zone of a matching pod"] = new(
            () => Pod("p", "default", "app=web").RequiringAntiAffinity(Term("zone", Selector("app=web"))),
            () => Zones(onN1: Pod("web-0", "default", "app=web")),
            Expect(("n1", Unschedulable(AntiAffinityHit)), ("n2", Unschedulable(AntiAffinityHit)), ("n3", Ok), ("n4", Ok))),

        ["Required anti-affinity by hostname rejects only the node running a matching pod"] = new(
            () => Pod("p", "default", "app=web").RequiringAntiAffinity(Term(Hostname, Selector("app=web"))),
            () => Zones(onN1: Pod("web-0", "default", "app=web")),
            Expect(("n1", Unschedulable(AntiAffinityHit)), ("n2", Ok), ("n3", Ok), ("n4", Ok))),

        ["Required anti-affinity ignores matching pods of other namespaces"] = new(
            () => Pod("p", "default", "app=web").RequiringAntiAffinity(Term("zone", Selector("app=web"))),
            () => Zones(onN1: Pod("web-0", "other", "app=web")),
            Expect(("n1", Ok), ("n2", Ok), ("n3", Ok), ("n4", Ok))),

        ["An existing pod's required anti-affinity keeps a matching pod out of its zone"] = new(
            () => Pod("p", "default", "app=web"),
            () => Zones(onN1: Pod("loner", "default", "app=loner").RequiringAntiAffinity(Term("zone", Selector("app=web")))),
            Expect(("n1", Unschedulable(ExistingAntiAffinityHit)), ("n2", Unschedulable(ExistingAntiAffinityHit)), ("n3", Ok), ("n4", Ok))),

        ["An existing pod's anti-affinity covers only its own namespace when the term names none"] = new(
            () => Pod("p", "elsewhere", "app=web"),
            () => Zones(onN1: Pod("loner", "default", "app=loner").RequiringAntiAffinity(Term("zone", Selector("app=web")))),
            Expect(("n1", Ok), ("n2", Ok), ("n3", Ok), ("n4", Ok))),

        ["An existing pod's anti-affinity namespaceSelector is matched against the incoming pod's namespace labels"] = new(
            () => Pod("p", "team-a", "app=web"),
            () => Zones(
                onN1: Pod("loner", "team-b", "app=loner").RequiringAntiAffinity(Term("zone", Selector("app=web"), namespaceSelector: Selector("team=a"))),
                onN3: Pod("loner2", "team-b", "app=loner").RequiringAntiAffinity(Term("zone", Selector("app=web"), namespaceSelector: Selector("team=b")))),
            Expect(("n1", Unschedulable(ExistingAntiAffinityHit)), ("n2", Unschedulable(ExistingAntiAffinityHit)), ("n3", Ok), ("n4", Ok)),
            LabelledNamespaces),

        ["Affinity is checked before anti-affinity"] = new(
            () => Pod("p", "default", "app=web").RequiringAffinity(Term("zone", Selector("app=db"))).RequiringAntiAffinity(Term("zone", Selector("app=web"))),
            () => Zones(onN1: Pod("db", "default", "app=db"), onN3: Pod("web-0", "default", "app=web")),
            Expect(("n1", Ok), ("n2", Ok), ("n3", Unresolvable(AffinityMiss)), ("n4", Unresolvable(AffinityMiss)))),

        ["matchLabelKeys narrows an anti-affinity term to pods with the same value"] = new(
            () => Pod("p", "default", "app=web", "rev=2").With(s => s.Affinity = new Affinity
            {
                PodAntiAffinity = new PodAntiAffinity
                {
                    RequiredDuringSchedulingIgnoredDuringExecution = [new PodAffinityTerm { TopologyKey = Hostname, LabelSelector = Selector("app=web"), MatchLabelKeys = ["rev"] }],
                },
            }),
            () => [Info(Node("n1"), Pod("old", "default", "app=web", "rev=1")), Info(Node("n2"), Pod("new", "default", "app=web", "rev=2"))],
            Expect(("n1", Ok), ("n2", Unschedulable(AntiAffinityHit)))),

        ["mismatchLabelKeys narrows an affinity term to pods with another value"] = new(
            () => Pod("p", "default", "app=web", "tenant=a").With(s => s.Affinity = new Affinity
            {
                PodAffinity = new PodAffinity
                {
                    RequiredDuringSchedulingIgnoredDuringExecution = [new PodAffinityTerm { TopologyKey = Hostname, LabelSelector = Selector("app=web"), MismatchLabelKeys = ["tenant"] }],
                },
            }),
            () => [Info(Node("n1"), Pod("same", "default", "app=web", "tenant=a")), Info(Node("n2"), Pod("other", "default", "app=web", "tenant=b"))],
            Expect(("n1", Unresolvable(AffinityMiss)), ("n2", Ok))),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Filter_follows_upstream(string name)
    {
        var c = Cases[name];
        var nodes = c.Nodes();
        var plugin = new Plugin(null, new FakeHandle(nodes, c.Namespaces));

        Verify(c.Expected, PluginRun.Filter(plugin, c.Pod(), nodes));
    }

    [Fact]
    public void A_pod_with_no_required_terms_and_no_anti_affinity_around_skips_filtering()
    {
        NodeInfo[] nodes = [Info(Node("n1", "zone=z1"), Pod("db", "default", "app=db"))];
        var plugin = new Plugin(null, new FakeHandle(nodes));

        var (_, status) = plugin.PreFilter(new CycleState(), Pod("p", "default", "app=web"), nodes);

        Assert.Equal(Code.Skip, status.Code);
    }

    [Fact]
    public void An_invalid_label_selector_on_the_pod_is_an_error()
    {
        var pod = Pod("p").RequiringAffinity(Term("zone", new Api.Meta.LabelSelector
        {
            MatchExpressions = [new Api.Meta.LabelSelectorRequirement { Key = "app", Operator = "Near", Values = ["x"] }],
        }));
        var plugin = new Plugin(null, new FakeHandle([]));

        var (_, status) = plugin.PreFilter(new CycleState(), pod, []);

        Assert.Equal(Code.Error, status.Code);
    }

    [Fact]
    public void Hard_pod_affinity_weight_outside_0_to_100_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new Plugin(new System.Text.Json.Nodes.JsonObject { ["hardPodAffinityWeight"] = 101 }, new FakeHandle([])));

        Assert.Equal("hardPodAffinityWeight: Invalid value: 101: not in valid range [0, 100]", error.Message);
    }
}
