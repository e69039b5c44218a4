using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Tests.Plugins.AffinitySupport;
using static Dotkube.Scheduler.Tests.Plugins.AffinitySupport.Build;
using static Dotkube.Scheduler.Tests.Plugins.AffinitySupport.ScoreExpectation;
using static Dotkube.Scheduler.Tests.Plugins.AffinitySupport.Terms;
using Plugin = Dotkube.Scheduler.Plugins.InterPodAffinity.InterPodAffinity;

namespace Dotkube.Scheduler.Tests.Plugins.InterPodAffinity;

public sealed class InterPodAffinityScoreTests
{
    /// <param name="Expected">Normalized score per node; null when PreScore should skip.</param>
    public sealed record Case(Func<Pod> Pod, Func<NodeInfo[]> Nodes, Dictionary<string, long>? Expected, JsonObject? Args = null, Namespace[]? Namespaces = null);

    /// <summary>A web replica that prefers (weight 100) not to share a zone with another.</summary>
    private static Pod Replica(string name) =>
        Pod(name, "default", "app=web").PreferringAntiAffinity(Weighted(100, Term("zone", Selector("app=web"))));

    private static NodeInfo[] ThreeZones(params Pod[][] pods) =>
    [
        Info(Node("a", "zone=za"), pods.ElementAtOrDefault(0) ?? []),
        Info(Node("b", "zone=zb"), pods.ElementAtOrDefault(1) ?? []),
        Info(Node("c", "zone=zc"), pods.ElementAtOrDefault(2) ?? []),
    ];

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["Preferred anti-affinity spreading 3 replicas over 3 zones scores the zone already holding a replica lowest"] = new(
            () => Replica("web-1"),
            () => ThreeZones([Replica("web-0")]),
            Scores(("a", 0), ("b", 100), ("c", 100))),

        ["Preferred anti-affinity sends the third replica to the only zone without one"] = new(
            () => Replica("web-2"),
            () => ThreeZones([Replica("web-0")], [Replica("web-1")]),
            Scores(("a", 0), ("b", 0), ("c", 100))),

        ["Preferred affinity scores the zone of a matching pod highest"] = new(
            () => Pod("p", "default", "app=web").PreferringAffinity(Weighted(50, Term("zone", Selector("app=db")))),
            () => [Info(Node("n1", "zone=z1"), Pod("db", "default", "app=db")), Info(Node("n2", "zone=z1")), Info(Node("n3", "zone=z2"))],
            Scores(("n1", 100), ("n2", 100), ("n3", 0))),

        ["Preferred affinity and anti-affinity weights add up per zone before min-max normalization"] = new(
            () => Pod("p", "default", "app=web")
                .PreferringAffinity(Weighted(80, Term("zone", Selector("app=db"))))
                .PreferringAntiAffinity(Weighted(20, Term("zone", Selector("app=cache")))),
            () => ThreeZones([Pod("db", "default", "app=db"), Pod("cache", "default", "app=cache")], [Pod("cache2", "default", "app=cache")]),
            // Raw: za 80 - 20 = 60, zb -20, zc 0; (0 + 20) / 80 of the range is 25.
            Scores(("a", 100), ("b", 0), ("c", 25))),

        ["Preferred terms ignore pods of other namespaces, so with no match the pod is not scored"] = new(
            () => Pod("p", "default", "app=web").PreferringAffinity(Weighted(50, Term("zone", Selector("app=db")))),
            () => ThreeZones([Pod("db", "other", "app=db")]),
            null),

        ["An existing pod's required affinity draws a pod it matches with hardPodAffinityWeight"] = new(
            () => Pod("web", "default", "app=web"),
            () => ThreeZones([], [Pod("sidecar", "default", "app=side").RequiringAffinity(Term("zone", Selector("app=web")))]),
            Scores(("a", 0), ("b", 100), ("c", 0))),

        ["hardPodAffinityWeight 0 turns existing pods' required affinity off for scoring"] = new(
            () => Pod("web", "default", "app=web"),
            () => ThreeZones([], [Pod("sidecar", "default", "app=side").RequiringAffinity(Term("zone", Selector("app=web")))]),
            null,
            new JsonObject { ["hardPodAffinityWeight"] = 0 }),

        ["An existing pod's preferred anti-affinity pushes a pod it matches away"] = new(
            () => Pod("web", "default", "app=web"),
            () => ThreeZones([], [], [Pod("noisy", "default", "app=noisy").PreferringAntiAffinity(Weighted(10, Term("zone", Selector("app=web"))))]),
            Scores(("a", 100), ("b", 100), ("c", 0))),

        ["An existing pod's preferred affinity matches through its namespaceSelector and the incoming pod's namespace labels"] = new(
            () => Pod("web", "team-a", "app=web"),
            () => ThreeZones(
                [Pod("friend", "team-b", "app=x").PreferringAffinity(Weighted(10, Term("zone", Selector("app=web"), namespaceSelector: Selector("team=a"))))],
                [Pod("stranger", "team-b", "app=x").PreferringAffinity(Weighted(10, Term("zone", Selector("app=web"), namespaceSelector: Selector("team=b"))))]),
            Scores(("a", 100), ("b", 0), ("c", 0)),
            Namespaces: [Namespace("team-a", "team=a"), Namespace("team-b", "team=b")]),

        ["ignorePreferredTermsOfExistingPods skips scoring a pod without preferred terms"] = new(
            () => Pod("web", "default", "app=web"),
            () => ThreeZones([], [], [Pod("noisy", "default", "app=noisy").PreferringAntiAffinity(Weighted(10, Term("zone", Selector("app=web"))))]),
            null,
            new JsonObject { ["ignorePreferredTermsOfExistingPods"] = true }),

        ["A pod without affinity among pods without affinity is not scored"] = new(
            () => Pod("web", "default", "app=web"),
            () => ThreeZones([Pod("db", "default", "app=db")]),
            null),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Score_follows_upstream(string name)
    {
        var c = Cases[name];
        var nodes = c.Nodes();
        var plugin = new Plugin(c.Args, new FakeHandle(nodes, c.Namespaces));

        var scores = PluginRun.Scores(plugin, c.Pod(), nodes);

        Verify(c.Expected, scores);
    }

    [Fact]
    public void Scores_count_every_node_of_the_snapshot_but_only_the_feasible_nodes_are_scored()
    {
        NodeInfo[] all = [Info(Node("a", "zone=za"), Replica("web-0")), Info(Node("b", "zone=za")), Info(Node("c", "zone=zc"))];
        var plugin = new Plugin(null, new FakeHandle(all));

        // Node a is infeasible (say, full), yet its replica still weighs on zone za.
        var scores = PluginRun.Scores(plugin, Replica("web-1"), [all[1], all[2]]);

        Verify(Scores(("b", 0), ("c", 100)), scores);
    }
}
