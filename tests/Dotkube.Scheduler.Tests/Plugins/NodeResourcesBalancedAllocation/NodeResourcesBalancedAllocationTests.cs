using Dotkube.Scheduler.Framework;
using static Dotkube.Scheduler.Tests.Plugins.Support.NodeBuilders;
using Plugin = Dotkube.Scheduler.Plugins.NodeResourcesBalancedAllocation.NodeResourcesBalancedAllocation;

namespace Dotkube.Scheduler.Tests.Plugins.NodeResourcesBalancedAllocation;

public sealed class NodeResourcesBalancedAllocationTests
{
    public static TheoryData<string, string, string, string, string, long> Cases => new()
    {
        // name, node cpu, node memory, pod cpu, pod memory, expected score
        { "Even use scores the maximum", "4", "8Gi", "2", "4Gi", 100 },
        { "cpu 1/4 and memory 3/4 deviate by a quarter", "4", "8Gi", "1", "6Gi", 75 },
        { "Fractions are capped at one", "4", "8Gi", "8", "0", 50 },
        { "cpu 3/10 and memory 1/2 deviate by a tenth", "10", "10Gi", "3", "5Gi", 90 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_score_is_one_minus_the_deviation_of_the_used_fractions(string name, string nodeCpu, string nodeMemory, string cpu,
        string memory, long expected)
    {
        var pod = MakePod().WithContainer(("cpu", cpu), ("memory", memory));
        var node = MakeNode("n", nodeCpu, nodeMemory).Info();
        var plugin = new Plugin();
        var state = new CycleState();
        Assert.True(plugin.PreScore(state, pod, [node]).IsSuccess);

        Assert.True(expected == plugin.Score(state, pod, node).Score, name);
    }

    [Fact]
    public void Pods_already_on_the_node_count_by_their_real_requests()
    {
        // The existing pod requests nothing: it adds no defaults, so 2/4 cpu and 4/8 memory stay even.
        var node = MakeNode("n", "4", "8Gi").Info(MakePod().WithContainer());
        var pod = MakePod().WithContainer(("cpu", "2"), ("memory", "4Gi"));
        var plugin = new Plugin();
        var state = new CycleState();
        plugin.PreScore(state, pod, [node]);

        Assert.Equal(100, plugin.Score(state, pod, node).Score);
    }

    [Fact]
    public void A_best_effort_pod_skips_scoring()
    {
        Assert.Equal(Code.Skip, new Plugin().PreScore(new CycleState(), MakePod().WithContainer(), []).Code);
    }

    [Fact]
    public void Three_resources_use_the_population_deviation()
    {
        // Fractions 0, 0.5, 1: mean 0.5, std sqrt(1/6) = 0.408; score 59.
        Assert.Equal(59, Plugin.Balance([10, 10, 10], [0, 5, 10]));
    }
}
