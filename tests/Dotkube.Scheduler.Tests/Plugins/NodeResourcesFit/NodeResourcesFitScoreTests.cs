using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using static Dotkube.Scheduler.Tests.Plugins.Support.NodeBuilders;
using Plugin = Dotkube.Scheduler.Plugins.NodeResourcesFit.NodeResourcesFit;

namespace Dotkube.Scheduler.Tests.Plugins.NodeResourcesFit;

public sealed class NodeResourcesFitScoreTests
{
    private static long Score(Plugin plugin, NodeInfo node, Pod pod)
    {
        var state = new CycleState();
        plugin.PreScore(state, pod, [node]);
        return plugin.Score(state, pod, node).Score;
    }

    [Fact]
    public void Least_allocated_prefers_the_emptier_node()
    {
        var pod = MakePod().WithContainer(("cpu", "1"), ("memory", "2Gi"));
        var empty = MakeNode("empty", "4", "8Gi").Info();
        var half = MakeNode("half", "4", "8Gi").Info(MakePod().WithContainer(("cpu", "1"), ("memory", "2Gi")));
        var plugin = new Plugin();

        // cpu (4-1)/4 = 75, memory (8-2)/8 = 75; then (4-2)/4 = 50 for both.
        Assert.Equal(75, Score(plugin, empty, pod));
        Assert.Equal(50, Score(plugin, half, pod));
    }

    [Fact]
    public void Most_allocated_prefers_the_fuller_node()
    {
        var plugin = new Plugin((JsonObject)JsonNode.Parse("""{"scoringStrategy":{"type":"MostAllocated"}}""")!);
        var pod = MakePod().WithContainer(("cpu", "1"), ("memory", "2Gi"));
        var half = MakeNode("half", "4", "8Gi").Info(MakePod().WithContainer(("cpu", "1"), ("memory", "2Gi")));

        Assert.Equal(50, Score(plugin, half, pod));
    }

    [Fact]
    public void Containers_without_requests_count_upstream_defaults_when_scoring()
    {
        // 100m of 1000m and 200Mi of 1000Mi: least allocated cpu 90, memory 80, mean 85.
        var pod = MakePod().WithContainer();

        Assert.Equal(85, Score(new Plugin(), MakeNode("n", "1", "1000Mi").Info(), pod));
    }

    [Fact]
    public void Resource_weights_make_a_weighted_mean()
    {
        var plugin = new Plugin((JsonObject)JsonNode.Parse(
            """{"scoringStrategy":{"type":"LeastAllocated","resources":[{"name":"cpu","weight":3},{"name":"memory","weight":1}]}}""")!);
        var pod = MakePod().WithContainer(("cpu", "2"), ("memory", "0"));

        // cpu 50 x 3 + memory 100 x 1 = 250 / 4 = 62.
        Assert.Equal(62, Score(plugin, MakeNode("n", "4", "8Gi").Info(), pod));
    }

    [Fact]
    public void Overcommitted_resources_score_zero_when_least_allocated_and_full_when_most_allocated()
    {
        var pod = MakePod().WithContainer(("cpu", "8"), ("memory", "16Gi"));
        var node = MakeNode("n", "4", "8Gi").Info();

        Assert.Equal(0, Score(new Plugin(), node, pod));
        Assert.Equal(100, Score(new Plugin((JsonObject)JsonNode.Parse("""{"scoringStrategy":{"type":"MostAllocated"}}""")!), node, pod));
    }

    [Fact]
    public void An_extended_resource_the_pod_does_not_request_is_left_out_of_the_score()
    {
        var plugin = new Plugin((JsonObject)JsonNode.Parse(
            """{"scoringStrategy":{"resources":[{"name":"cpu","weight":1},{"name":"example.com/gpu","weight":1}]}}""")!);
        var pod = MakePod().WithContainer(("cpu", "2"));

        Assert.Equal(50, Score(plugin, MakeNode("n", "4").WithAllocatable("example.com/gpu", "4").Info(), pod));
    }

    [Fact]
    public void Unknown_strategies_are_refused()
    {
        Assert.Throws<NotSupportedException>(() => new Plugin((JsonObject)JsonNode.Parse("""{"scoringStrategy":{"type":"Bogus"}}""")!));
    }
}
