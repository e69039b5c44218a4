using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Tests.Plugins.AffinitySupport;
using static Dotkube.Scheduler.Tests.Plugins.AffinitySupport.Build;
using static Dotkube.Scheduler.Tests.Plugins.AffinitySupport.FilterExpectation;
using static Dotkube.Scheduler.Tests.Plugins.PodTopologySpread.Spread;
using Plugin = Dotkube.Scheduler.Plugins.PodTopologySpread.PodTopologySpread;

namespace Dotkube.Scheduler.Tests.Plugins.PodTopologySpread;

public sealed class PodTopologySpreadFilterTests
{
    private const string Skewed = Plugin.ErrReasonConstraintsNotMatch;
    private const string MissingLabel = Plugin.ErrReasonNodeLabelNotMatch;

    public sealed record Case(Func<Pod> Pod, Func<NodeInfo[]> Nodes, Dictionary<string, (Code, string?)> Expected);

    private static Pod NewWeb(params TopologySpreadConstraint[] constraints) => Pod("new", "default", "app=web").Spreading(constraints);

    private static Pod Terminating(Pod pod)
    {
        pod.Metadata.DeletionTimestamp = DateTimeOffset.UnixEpoch;
        return pod;
    }

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["Topology spread with maxSkew 1 across 4 nodes rejects the node that would exceed the skew"] = new(
            () => NewWeb(Hard(1, Hostname, Selector("app=web"))),
            () => [Info(Node("n1"), Web(2)), Info(Node("n2"), Web(1)), Info(Node("n3"), Web(1)), Info(Node("n4"), Web(1))],
            Expect(("n1", Unschedulable(Skewed)), ("n2", Ok), ("n3", Ok), ("n4", Ok))),

        ["With an empty node, maxSkew 1 admits only the empty node"] = new(
            () => NewWeb(Hard(1, Hostname, Selector("app=web"))),
            () => [Info(Node("n1"), Web(1)), Info(Node("n2"), Web(1)), Info(Node("n3"), Web(1)), Info(Node("n4"))],
            Expect(("n1", Unschedulable(Skewed)), ("n2", Unschedulable(Skewed)), ("n3", Unschedulable(Skewed)), ("n4", Ok))),

        ["Zones are domains: every node of the fuller zone is rejected"] = new(
            () => NewWeb(Hard(1, "zone", Selector("app=web"))),
            () => [Info(Node("n1", "zone=z1"), Web(1)), Info(Node("n2", "zone=z1")), Info(Node("n3", "zone=z2"))],
            Expect(("n1", Unschedulable(Skewed)), ("n2", Unschedulable(Skewed)), ("n3", Ok))),

        ["A node without the topology key is rejected as missing the required label"] = new(
            () => NewWeb(Hard(1, "zone", Selector("app=web"))),
            () => [Info(Node("n1", "zone=z1")), Info(Node("n2"))],
            Expect(("n1", Ok), ("n2", Unresolvable(MissingLabel)))),

        ["Pods of other namespaces, terminating pods and pods the selector misses do not count"] = new(
            () => NewWeb(Hard(1, Hostname, Selector("app=web"))),
            () => [Info(Node("n1"), [.. Web(2, "other"), Terminating(Web(1)[0]), Pod("db", "default", "app=db")]), Info(Node("n2"))],
            Expect(("n1", Ok), ("n2", Ok))),

        ["A pod its own selector does not match adds no skew"] = new(
            () => Pod("new", "default", "app=other").Spreading(Hard(1, Hostname, Selector("app=web"))),
            () => [Info(Node("n1"), Web(1)), Info(Node("n2"))],
            Expect(("n1", Ok), ("n2", Ok))),

        ["An empty selector counts no pods, as upstream"] = new(
            () => NewWeb(Hard(1, Hostname, new())),
            () => [Info(Node("n1"), Web(3)), Info(Node("n2"))],
            Expect(("n1", Ok), ("n2", Ok))),

        ["Without minDomains the global minimum is the emptiest domain's count"] = new(
            () => NewWeb(Hard(1, "zone", Selector("app=web"))),
            () => [Info(Node("n1", "zone=z1"), Web(1)), Info(Node("n2", "zone=z2"), Web(1))],
            Expect(("n1", Ok), ("n2", Ok))),

        ["With fewer domains than minDomains the global minimum is 0"] = new(
            () => NewWeb(Hard(1, "zone", Selector("app=web"), c => c.MinDomains = 3)),
            () => [Info(Node("n1", "zone=z1"), Web(1)), Info(Node("n2", "zone=z2"), Web(1))],
            Expect(("n1", Unschedulable(Skewed)), ("n2", Unschedulable(Skewed)))),

        ["With as many domains as minDomains the global minimum counts again"] = new(
            () => NewWeb(Hard(1, "zone", Selector("app=web"), c => c.MinDomains = 2)),
            () => [Info(Node("n1", "zone=z1"), Web(1)), Info(Node("n2", "zone=z2"), Web(1))],
            Expect(("n1", Ok), ("n2", Ok))),

        ["nodeAffinityPolicy Honor (the default) leaves zones the pod cannot reach out of the minimum"] = new(
            () => NewWeb(Hard(1, "zone", Selector("app=web"))).With(s => s.NodeSelector = new() { ["disk"] = "ssd" }),
            () => [Info(Node("n1", "zone=z1", "disk=ssd"), Web(1)), Info(Node("n2", "zone=z2", "disk=ssd"), Web(1)), Info(Node("n3", "zone=z3"))],
            Expect(("n1", Ok), ("n2", Ok), ("n3", Ok))),

        ["nodeAffinityPolicy Ignore counts zones the pod cannot reach"] = new(
            () => NewWeb(Hard(1, "zone", Selector("app=web"), c => c.NodeAffinityPolicy = "Ignore")).With(s => s.NodeSelector = new() { ["disk"] = "ssd" }),
            () => [Info(Node("n1", "zone=z1", "disk=ssd"), Web(1)), Info(Node("n2", "zone=z2", "disk=ssd"), Web(1)), Info(Node("n3", "zone=z3"))],
            Expect(("n1", Unschedulable(Skewed)), ("n2", Unschedulable(Skewed)), ("n3", Ok))),

        ["nodeAffinityPolicy Honor applies required node affinity terms too"] = new(
            () => NewWeb(Hard(1, "zone", Selector("app=web"))).With(s => s.Affinity = new Affinity
            {
                NodeAffinity = new Dotkube.Api.Core.V1.NodeAffinity
                {
                    RequiredDuringSchedulingIgnoredDuringExecution = new NodeSelector
                    {
                        NodeSelectorTerms = [new NodeSelectorTerm { MatchExpressions = [new NodeSelectorRequirement { Key = "zone", Operator = "NotIn", Values = ["z3"] }] }],
                    },
                },
            }),
            () => [Info(Node("n1", "zone=z1"), Web(1)), Info(Node("n2", "zone=z2"), Web(1)), Info(Node("n3", "zone=z3"))],
            Expect(("n1", Ok), ("n2", Ok), ("n3", Ok))),

        ["nodeTaintsPolicy Ignore (the default) counts the zones of tainted nodes"] = new(
            () => NewWeb(Hard(1, "zone", Selector("app=web"))),
            () => [Info(Node("n1", "zone=z1"), Web(1)), Info(Node("n2", "zone=z2"), Web(1)), Info(Tainted(Node("n3", "zone=z3")))],
            Expect(("n1", Unschedulable(Skewed)), ("n2", Unschedulable(Skewed)), ("n3", Ok))),

        ["nodeTaintsPolicy Honor leaves out the zones of nodes with taints the pod does not tolerate"] = new(
            () => NewWeb(Hard(1, "zone", Selector("app=web"), c => c.NodeTaintsPolicy = "Honor")),
            () => [Info(Node("n1", "zone=z1"), Web(1)), Info(Node("n2", "zone=z2"), Web(1)), Info(Tainted(Node("n3", "zone=z3")))],
            Expect(("n1", Ok), ("n2", Ok), ("n3", Ok))),

        ["nodeTaintsPolicy Honor still counts nodes whose taints the pod tolerates"] = new(
            () => NewWeb(Hard(1, "zone", Selector("app=web"), c => c.NodeTaintsPolicy = "Honor"))
                .With(s => s.Tolerations = [new Toleration { Key = "dedicated", Operator = "Exists" }]),
            () => [Info(Node("n1", "zone=z1"), Web(1)), Info(Node("n2", "zone=z2"), Web(1)), Info(Tainted(Node("n3", "zone=z3")))],
            Expect(("n1", Unschedulable(Skewed)), ("n2", Unschedulable(Skewed)), ("n3", Ok))),

        ["matchLabelKeys counts only pods with the pod's value for those keys"] = new(
            () => Pod("new", "default", "app=web", "rev=2").Spreading(Hard(1, Hostname, Selector("app=web"), c => c.MatchLabelKeys = ["rev"])),
            () => [Info(Node("n1"), Pod("old-1", "default", "app=web", "rev=1"), Pod("old-2", "default", "app=web", "rev=1")), Info(Node("n2"))],
            Expect(("n1", Ok), ("n2", Ok))),

        ["Every DoNotSchedule constraint must hold"] = new(
            () => NewWeb(Hard(1, "zone", Selector("app=web")), Hard(1, Hostname, Selector("app=web"))),
            () => [Info(Node("n1", "zone=z1"), Web(1)), Info(Node("n2", "zone=z1")), Info(Node("n3", "zone=z2")), Info(Node("n4", "zone=z2"), Web(1))],
            Expect(("n1", Unschedulable(Skewed)), ("n2", Ok), ("n3", Ok), ("n4", Unschedulable(Skewed)))),

        ["Nodes lacking another constraint's key are not domains for any constraint"] = new(
            () => NewWeb(Hard(1, Hostname, Selector("app=web")), Hard(5, "zone", Selector("app=web"))),
            () => [Info(Node("n1", "zone=z1"), Web(1)), Info(Node("n2"))],
            // n2 is not a hostname domain, so the minimum is n1's 1 and n1 fits; n2 lacks the zone key.
            Expect(("n1", Ok), ("n2", Unresolvable(MissingLabel)))),

        ["ScheduleAnyway constraints do not filter"] = new(
            () => NewWeb(Soft(1, Hostname, Selector("app=web"))),
            () => [Info(Node("n1"), Web(3)), Info(BareNode("n2"))],
            Expect(("n1", Ok), ("n2", Ok))),
    };

    private static Node Tainted(Node node)
    {
        node.Spec.Taints = [new Taint { Key = "dedicated", Value = "x", Effect = TaintEffect.NoSchedule }];
        return node;
    }

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Filter_follows_upstream(string name)
    {
        var c = Cases[name];
        var nodes = c.Nodes();
        var plugin = new Plugin(null, new FakeHandle(nodes));

        Verify(c.Expected, PluginRun.Filter(plugin, c.Pod(), nodes));
    }

    [Fact]
    public void A_pod_without_constraints_skips_filtering_since_the_system_defaults_are_ScheduleAnyway()
    {
        NodeInfo[] nodes = [Info(Node("n1"), Web(3))];
        var plugin = new Plugin(null, new FakeHandle(nodes));

        var (_, status) = plugin.PreFilter(new CycleState(), Pod("p", "default", "app=web"), nodes);

        Assert.Equal(Code.Skip, status.Code);
    }
}
