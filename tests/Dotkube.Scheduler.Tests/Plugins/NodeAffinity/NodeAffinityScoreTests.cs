using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using static Dotkube.Scheduler.Tests.Plugins.NodeAffinity.NodeAffinityFilterTests;
using static Dotkube.Scheduler.Tests.Plugins.Support.NodeBuilders;
using Plugin = Dotkube.Scheduler.Plugins.NodeAffinity.NodeAffinity;

namespace Dotkube.Scheduler.Tests.Plugins.NodeAffinity;

public sealed class NodeAffinityScoreTests
{
    private static Pod WithPreferred(params (int Weight, NodeSelectorTerm Term)[] terms)
    {
        var pod = MakePod();
        pod.Spec.Affinity = new Affinity
        {
            NodeAffinity = new Dotkube.Api.Core.V1.NodeAffinity
            {
                PreferredDuringSchedulingIgnoredDuringExecution = [.. terms.Select(t => new PreferredSchedulingTerm { Weight = t.Weight, Preference = t.Term })],
            },
        };
        return pod;
    }

    [Fact]
    public void Matching_preferred_weights_add_up_and_normalize_to_the_best_node()
    {
        var pod = WithPreferred((2, Term(Req("zone", "In", "a"))), (8, Term(Req("disk", "In", "ssd"))), (0, Term(Req("zone", "Exists"))));
        var both = MakeNode("both", labels: new() { ["zone"] = "a", ["disk"] = "ssd" }).Info();
        var zone = MakeNode("zone", labels: new() { ["zone"] = "a" }).Info();
        var none = MakeNode("none").Info();
        var plugin = new Plugin();
        var state = new CycleState();
        Assert.True(plugin.PreScore(state, pod, []).IsSuccess);

        var scores = ScoreAll(plugin, state, pod, both, zone, none);

        Assert.Equal(new Dictionary<string, long> { ["both"] = 100, ["zone"] = 20, ["none"] = 0 }, scores);
    }

    [Fact]
    public void A_pod_without_preferred_terms_skips_scoring()
    {
        Assert.Equal(Code.Skip, new Plugin().PreScore(new CycleState(), MakePod(), []).Code);
    }

    [Fact]
    public void Added_preferred_terms_count_for_every_pod()
    {
        var plugin = new Plugin((JsonObject)JsonNode.Parse("""
            {"addedAffinity":{"preferredDuringSchedulingIgnoredDuringExecution":[
              {"weight":5,"preference":{"matchExpressions":[{"key":"zone","operator":"In","values":["a"]}]}}]}}
            """)!);
        var pod = MakePod();
        var state = new CycleState();
        Assert.True(plugin.PreScore(state, pod, []).IsSuccess);

        Assert.Equal(5, plugin.Score(state, pod, MakeNode("n", labels: new() { ["zone"] = "a" }).Info()).Score);
    }
}
