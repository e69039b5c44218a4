using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using static Dotkube.Scheduler.Tests.Plugins.Support.NodeBuilders;
using Plugin = Dotkube.Scheduler.Plugins.NodeAffinity.NodeAffinity;

namespace Dotkube.Scheduler.Tests.Plugins.NodeAffinity;

public sealed class NodeAffinityFilterTests
{
    private static readonly Dictionary<string, string> Labels = new() { ["zone"] = "a", ["disk"] = "ssd", ["cores"] = "8" };

    internal static NodeSelectorRequirement Req(string key, string op, params string[] values) =>
        new() { Key = key, Operator = op, Values = values.Length == 0 ? null : [.. values] };

    internal static NodeSelectorTerm Term(params NodeSelectorRequirement[] expressions) => new() { MatchExpressions = [.. expressions] };

    private static Pod WithRequired(params NodeSelectorTerm[] terms)
    {
        var pod = MakePod();
        pod.Spec.Affinity = new Affinity
        {
            NodeAffinity = new Dotkube.Api.Core.V1.NodeAffinity { RequiredDuringSchedulingIgnoredDuringExecution = new NodeSelector { NodeSelectorTerms = [.. terms] } },
        };
        return pod;
    }

    public static TheoryData<string, Pod, bool> Cases => new()
    {
        { "No constraints match every node", MakePod(), true },
        { "In matches a listed value", WithRequired(Term(Req("zone", "In", "a", "b"))), true },
        { "In fails on another value", WithRequired(Term(Req("zone", "In", "b"))), false },
        { "In fails on a missing label", WithRequired(Term(Req("rack", "In", "1"))), false },
        { "NotIn matches another value", WithRequired(Term(Req("zone", "NotIn", "b"))), true },
        { "NotIn matches a missing label", WithRequired(Term(Req("rack", "NotIn", "1"))), true },
        { "NotIn fails on a listed value", WithRequired(Term(Req("zone", "NotIn", "a"))), false },
        { "Exists matches a present label", WithRequired(Term(Req("disk", "Exists"))), true },
        { "Exists fails on a missing label", WithRequired(Term(Req("gpu", "Exists"))), false },
        { "DoesNotExist matches a missing label", WithRequired(Term(Req("gpu", "DoesNotExist"))), true },
        { "DoesNotExist fails on a present label", WithRequired(Term(Req("disk", "DoesNotExist"))), false },
        { "Gt compares integers", WithRequired(Term(Req("cores", "Gt", "4"))), true },
        { "Gt is strict", WithRequired(Term(Req("cores", "Gt", "8"))), false },
        { "Lt compares integers", WithRequired(Term(Req("cores", "Lt", "10"))), true },
        { "Gt with a non-integer value matches nothing", WithRequired(Term(Req("cores", "Gt", "four"))), false },
        { "Gt on a missing label fails", WithRequired(Term(Req("memory", "Gt", "1"))), false },
        { "Expressions in a term are ANDed", WithRequired(Term(Req("zone", "In", "a"), Req("disk", "In", "hdd"))), false },
        { "Terms are ORed", WithRequired(Term(Req("zone", "In", "b")), Term(Req("disk", "In", "ssd"))), true },
        { "An empty term matches nothing", WithRequired(new NodeSelectorTerm()), false },
        { "An invalid term fails while another term matches", WithRequired(Term(Req("zone", "In")), Term(Req("disk", "Exists"))), true },
        { "matchFields metadata.name In matches the node", WithRequired(new NodeSelectorTerm { MatchFields = [Req("metadata.name", "In", "n")] }), true },
        { "matchFields metadata.name In fails on another node", WithRequired(new NodeSelectorTerm { MatchFields = [Req("metadata.name", "In", "m")] }), false },
        { "matchFields metadata.name NotIn", WithRequired(new NodeSelectorTerm { MatchFields = [Req("metadata.name", "NotIn", "m")] }), true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Required_node_affinity_follows_upstream_operators(string name, Pod pod, bool fits)
    {
        var status = new Plugin().Filter(new CycleState(), pod, MakeNode("n", labels: Labels).Info());

        Assert.True(fits == status.IsSuccess, name);
        if (!fits)
        {
            Assert.Equal(Code.UnschedulableAndUnresolvable, status.Code);
            Assert.Equal(["node(s) didn't match Pod's node affinity/selector"], status.Reasons);
        }
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("b", false)]
    public void The_node_selector_and_required_affinity_must_both_match(string zone, bool fits)
    {
        var pod = WithRequired(Term(Req("disk", "Exists")));
        pod.Spec.NodeSelector = new Dictionary<string, string> { ["zone"] = zone };

        Assert.Equal(fits, new Plugin().Filter(new CycleState(), pod, MakeNode("n", labels: Labels).Info()).IsSuccess);
    }

    [Fact]
    public void PreFilter_skips_pods_without_constraints()
    {
        Assert.Equal(Code.Skip, new Plugin().PreFilter(new CycleState(), MakePod(), []).Status.Code);
    }

    [Fact]
    public void PreFilter_narrows_to_the_nodes_named_in_every_term()
    {
        var pod = WithRequired(
            new NodeSelectorTerm { MatchFields = [Req("metadata.name", "In", "n1")] },
            new NodeSelectorTerm { MatchFields = [Req("metadata.name", "In", "n2")], MatchExpressions = [Req("zone", "Exists")] });

        var (result, status) = new Plugin().PreFilter(new CycleState(), pod, []);

        Assert.True(status.IsSuccess);
        Assert.Equal(["n1", "n2"], result!.NodeNames!.Order());
    }

    [Fact]
    public void PreFilter_does_not_narrow_when_a_term_names_no_node()
    {
        var pod = WithRequired(new NodeSelectorTerm { MatchFields = [Req("metadata.name", "In", "n1")] }, Term(Req("zone", "Exists")));

        Assert.Null(new Plugin().PreFilter(new CycleState(), pod, []).Result);
    }

    [Fact]
    public void PreFilter_rejects_conflicting_names_in_one_term()
    {
        var pod = WithRequired(new NodeSelectorTerm { MatchFields = [Req("metadata.name", "In", "n1"), Req("metadata.name", "In", "n2")] });

        var status = new Plugin().PreFilter(new CycleState(), pod, []).Status;

        Assert.Equal(Code.UnschedulableAndUnresolvable, status.Code);
        Assert.Equal(["pod affinity terms conflict"], status.Reasons);
    }

    [Fact]
    public void Added_affinity_is_enforced_with_its_own_reason()
    {
        var args = (JsonObject)JsonNode.Parse("""
            {"addedAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":{"nodeSelectorTerms":[
              {"matchExpressions":[{"key":"zone","operator":"In","values":["b"]}]}]}}}
            """)!;
        var plugin = new Plugin(args);

        Assert.NotEqual(Code.Skip, plugin.PreFilter(new CycleState(), MakePod(), []).Status.Code);
        var status = plugin.Filter(new CycleState(), MakePod(), MakeNode("n", labels: Labels).Info());
        Assert.Equal(Code.UnschedulableAndUnresolvable, status.Code);
        Assert.Equal(["node(s) didn't match scheduler-enforced node affinity"], status.Reasons);
    }
}
