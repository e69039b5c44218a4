using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Tests.Plugins.AffinitySupport;
using static Dotkube.Scheduler.Tests.Plugins.AffinitySupport.Build;
using NodeAffinityPlugin = Dotkube.Scheduler.Plugins.NodeAffinity.NodeAffinity;

namespace Dotkube.Scheduler.Tests.Plugins.NodeAffinity;

/// <summary>Upstream's required node affinity match (nodeSelector AND required terms), which PodTopologySpread's nodeAffinityPolicy Honor shares.</summary>
public sealed class RequiredNodeAffinityTests
{
    private static NodeSelectorTerm Term(params (string Key, string Op, string[] Values)[] expressions) =>
        new() { MatchExpressions = [.. expressions.Select(e => new NodeSelectorRequirement { Key = e.Key, Operator = e.Op, Values = e.Values.Length == 0 ? null : [.. e.Values] })] };

    private static Pod Requiring(params NodeSelectorTerm[] terms) => Pod("p").With(s => s.Affinity = new Affinity
    {
        NodeAffinity = new Dotkube.Api.Core.V1.NodeAffinity { RequiredDuringSchedulingIgnoredDuringExecution = new NodeSelector { NodeSelectorTerms = [.. terms] } },
    });

    public static TheoryData<string, bool> Cases => new()
    {
        { "In matches a listed value", true },
        { "NotIn rejects a listed value", false },
        { "Exists needs the key", true },
        { "DoesNotExist rejects a present key", false },
        { "Gt compares as integers", true },
        { "Lt compares as integers", false },
        { "Terms are ORed", true },
        { "Requirements of a term are ANDed", false },
        { "An empty term matches nothing", false },
        { "matchFields selects by node name", true },
        { "nodeSelector must match as well", false },
    };

    private static readonly Dictionary<string, Pod> Pods = new()
    {
        ["In matches a listed value"] = Requiring(Term(("zone", "In", ["z1", "z2"]))),
        ["NotIn rejects a listed value"] = Requiring(Term(("zone", "NotIn", ["z1"]))),
        ["Exists needs the key"] = Requiring(Term(("cpus", "Exists", []))),
        ["DoesNotExist rejects a present key"] = Requiring(Term(("cpus", "DoesNotExist", []))),
        ["Gt compares as integers"] = Requiring(Term(("cpus", "Gt", ["9"]))),
        ["Lt compares as integers"] = Requiring(Term(("cpus", "Lt", ["9"]))),
        ["Terms are ORed"] = Requiring(Term(("zone", "In", ["z9"])), Term(("zone", "In", ["z1"]))),
        ["Requirements of a term are ANDed"] = Requiring(Term(("zone", "In", ["z1"]), ("cpus", "Lt", ["4"]))),
        ["An empty term matches nothing"] = Requiring(new NodeSelectorTerm()),
        ["matchFields selects by node name"] = Requiring(new NodeSelectorTerm
        {
            MatchFields = [new NodeSelectorRequirement { Key = "metadata.name", Operator = "In", Values = ["n1"] }],
        }),
        ["nodeSelector must match as well"] = Requiring(Term(("zone", "In", ["z1"]))).With(s => s.NodeSelector = new() { ["disk"] = "ssd" }),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Node_affinity_matching_follows_upstream(string name, bool matches)
    {
        var node = Node("n1", "zone=z1", "cpus=16");

        Assert.Equal(matches, NodeAffinityPlugin.MatchesRequired(Pods[name], node));
    }
}
