using System.Text.Json.Nodes;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Tests.Plugins.AffinitySupport;
using static Dotkube.Scheduler.Tests.Plugins.AffinitySupport.Build;
using static Dotkube.Scheduler.Tests.Plugins.AffinitySupport.ScoreExpectation;
using static Dotkube.Scheduler.Tests.Plugins.PodTopologySpread.Spread;
using Plugin = Dotkube.Scheduler.Plugins.PodTopologySpread.PodTopologySpread;

namespace Dotkube.Scheduler.Tests.Plugins.PodTopologySpread;

public sealed class PodTopologySpreadScoreTests
{
    /// <param name="Feasible">The nodes that passed filtering (all when null).</param>
    /// <param name="Expected">Normalized score per feasible node; null when PreScore should skip.</param>
    public sealed record Case(Func<Pod> Pod, Func<NodeInfo[]> Nodes, Dictionary<string, long>? Expected, string[]? Feasible = null);

    private static Pod NewWeb(params TopologySpreadConstraint[] constraints) => Pod("new", "default", "app=web").Spreading(constraints);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["ScheduleAnyway by hostname scores nodes with fewer matching pods higher"] = new(
            () => NewWeb(Soft(1, Hostname, Selector("app=web"))),
            () => [Info(Node("n1"), Web(2)), Info(Node("n2"), Web(1)), Info(Node("n3"))],
            // ln(3 + 2) per pod: raw 3, 2, 0; normalized 100 * (max + min - raw) / max.
            Scores(("n1", 0), ("n2", 33), ("n3", 100))),

        ["ScheduleAnyway by zone counts every node of the zone"] = new(
            () => NewWeb(Soft(1, "zone", Selector("app=web"))),
            () => [Info(Node("n1", "zone=z1"), Web(1)), Info(Node("n2", "zone=z1")), Info(Node("n3", "zone=z2"))],
            Scores(("n1", 0), ("n2", 0), ("n3", 100))),

        ["A larger maxSkew waters the differences down"] = new(
            () => NewWeb(Soft(3, Hostname, Selector("app=web"))),
            () => [Info(Node("n1"), Web(1)), Info(Node("n2"))],
            // Raw ln(4) + 2 = 3 and 0 + 2 = 2.
            Scores(("n1", 66), ("n2", 100))),

        ["Equal raw scores of zero all score 100"] = new(
            () => NewWeb(Soft(1, Hostname, Selector("app=web"))),
            () => [Info(Node("n1")), Info(Node("n2"))],
            Scores(("n1", 100), ("n2", 100))),

        ["Feasible nodes missing a topology key of the pod's own constraints score 0"] = new(
            () => NewWeb(Soft(1, "zone", Selector("app=web"))),
            () => [Info(Node("n1", "zone=z1"), Web(1)), Info(Node("n2", "zone=z2")), Info(Node("n3"))],
            Scores(("n1", 0), ("n2", 100), ("n3", 0))),

        ["Matching pods on infeasible nodes still count for their zone"] = new(
            () => NewWeb(Soft(1, "zone", Selector("app=web"))),
            () => [Info(Node("full", "zone=z1"), Web(2)), Info(Node("n1", "zone=z1")), Info(Node("n2", "zone=z2"), Web(1))],
            // ln(4) per pod: z1 2 pods -> 3, z2 1 pod -> 1.
            Scores(("n1", 33), ("n2", 100)),
            Feasible: ["n1", "n2"]),

        ["Pods of other namespaces do not count for scoring"] = new(
            () => NewWeb(Soft(1, Hostname, Selector("app=web"))),
            () => [Info(Node("n1"), Web(3, "other")), Info(Node("n2"))],
            Scores(("n1", 100), ("n2", 100))),

        ["DoNotSchedule constraints are not scored"] = new(
            () => NewWeb(Hard(1, Hostname, Selector("app=web"))),
            () => [Info(Node("n1"), Web(1)), Info(Node("n2"))],
            null),

        ["A pod without constraints and without a Service or controller is not scored"] = new(
            () => Pod("loner", "default", "app=web"),
            () => [Info(Node("n1"), Web(1)), Info(Node("n2"))],
            null),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Score_follows_upstream(string name)
    {
        var c = Cases[name];
        var nodes = c.Nodes();
        var plugin = new Plugin(null, new FakeHandle(nodes));
        var feasible = c.Feasible is null ? nodes : [.. nodes.Where(n => c.Feasible.Contains(n.Name))];

        var scores = PluginRun.Scores(plugin, c.Pod(), feasible);

        Verify(c.Expected, scores);
    }

    private static void AddWebService(FakeHandle handle) => handle.Informers.For<Service>().Indexer.Upsert(new Service
    {
        Metadata = new ObjectMeta { Name = "web", Namespace = "default" },
        Spec = new ServiceSpec { Selector = new() { ["app"] = "web" } },
    });

    private static Pod OwnedBy(Pod pod, string kind, string name)
    {
        pod.Metadata.OwnerReferences = [new OwnerReference { ApiVersion = "apps/v1", Kind = kind, Name = name, Uid = "u", Controller = true }];
        return pod;
    }

    [Fact]
    public void System_defaults_spread_a_ReplicaSets_pods_by_hostname_with_skew_3_and_by_zone_with_skew_5()
    {
        NodeInfo[] nodes = [Info(Node("a", Zone + "=za"), Web(2)), Info(Node("b", Zone + "=za")), Info(Node("c", Zone + "=zb"))];
        var handle = new FakeHandle(nodes);
        handle.Informers.For<ReplicaSet>().Indexer.Upsert(new ReplicaSet
        {
            Metadata = new ObjectMeta { Name = "web-rs", Namespace = "default" },
            Spec = new ReplicaSetSpec { Selector = Selector("app=web") },
        });

        var scores = PluginRun.Scores(new Plugin(null, handle), OwnedBy(Pod("new", "default", "app=web"), "ReplicaSet", "web-rs"), nodes);

        // Raw: hostname count × ln(5) + 2, plus zone count × ln(4) + 4 -> a 12, b 9, c 6.
        Verify(Scores(("a", 50), ("b", 75), ("c", 100)), scores);
    }

    [Fact]
    public void System_defaults_still_spread_by_hostname_over_nodes_without_a_zone_label()
    {
        NodeInfo[] nodes = [Info(Node("a"), Web(1)), Info(Node("b"))];
        var handle = new FakeHandle(nodes);
        AddWebService(handle);

        var scores = PluginRun.Scores(new Plugin(null, handle), Pod("new", "default", "app=web"), nodes);

        // Raw: ln(4) + 2 = 3 and 2; the zone constraint adds nothing to nodes without the label.
        Verify(Scores(("a", 66), ("b", 100)), scores);
    }

    [Fact]
    public void Listed_default_constraints_replace_the_system_ones()
    {
        NodeInfo[] nodes = [Info(Node("a", "rack=r1"), Web(1)), Info(Node("b", "rack=r2")), Info(Node("c"))];
        var handle = new FakeHandle(nodes);
        AddWebService(handle);
        var args = new JsonObject
        {
            ["defaultingType"] = "List",
            ["defaultConstraints"] = new JsonArray(new JsonObject { ["maxSkew"] = 1, ["topologyKey"] = "rack", ["whenUnsatisfiable"] = "ScheduleAnyway" }),
        };

        var scores = PluginRun.Scores(new Plugin(args, handle), Pod("new", "default", "app=web"), nodes);

        // Listed defaults require their keys: c has no rack and scores 0.
        Verify(Scores(("a", 0), ("b", 100), ("c", 0)), scores);
    }

    [Fact]
    public void Default_constraints_with_System_defaulting_are_rejected()
    {
        var args = new JsonObject
        {
            ["defaultConstraints"] = new JsonArray(new JsonObject { ["maxSkew"] = 1, ["topologyKey"] = "rack", ["whenUnsatisfiable"] = "ScheduleAnyway" }),
        };

        var error = Assert.Throws<ArgumentException>(() => new Plugin(args, new FakeHandle([])));

        Assert.Contains("when .defaultingType is \"System\", .defaultConstraints must be empty", error.Message, StringComparison.Ordinal);
    }
}
