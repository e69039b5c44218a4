using Dotkube.Scheduler.Runtime;

namespace Dotkube.Scheduler.Tests.Runtime;

public sealed class FeasibleNodesTests
{
    [Theory]
    [InlineData(0, 10, 10)] // fewer than 100 nodes: all of them
    [InlineData(0, 99, 99)]
    [InlineData(0, 100, 100)] // adaptive 50% of 100 is 50, raised to the minimum of 100
    [InlineData(0, 1000, 420)] // 50 - 1000/125 = 42%
    [InlineData(0, 5000, 500)] // 50 - 40 = 10%
    [InlineData(0, 6000, 300)] // 50 - 48 = 2%, raised to the 5% floor
    [InlineData(10, 500, 100)] // 10% is 50, raised to 100
    [InlineData(30, 1000, 300)]
    [InlineData(100, 1000, 1000)]
    public void Nodes_to_find_follow_upstream(int percentage, int nodes, int expected) =>
        Assert.Equal(expected, FeasibleNodes.ToFind(percentage, nodes));
}
