using System.Text.Json.Nodes;
using Dotkube.Scheduler.Plugins.DefaultPreemption;

namespace Dotkube.Scheduler.Tests.Plugins.DefaultPreemption;

public sealed class DefaultPreemptionArgsTests
{
    public static TheoryData<string, int, int, int, int> Counts() => new()
    {
        { "small clusters look at every potential node", 10, 100, 50, 50 },
        { "at least the absolute minimum", 10, 100, 500, 100 },
        { "the percentage once it is larger", 10, 100, 5000, 500 },
        { "a zero absolute leaves the percentage", 10, 0, 50, 5 },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void Candidates_to_find_follow_upstream(string name, int percentage, int absolute, int nodes, int expected)
    {
        var args = new DefaultPreemptionArgs { MinCandidateNodesPercentage = percentage, MinCandidateNodesAbsolute = absolute };

        Assert.True(expected == args.CandidatesToFind(nodes), name);
    }

    [Fact]
    public void Defaults_are_upstreams() =>
        Assert.Equal((10, 100), (DefaultPreemptionArgs.From(null).MinCandidateNodesPercentage, DefaultPreemptionArgs.From(null).MinCandidateNodesAbsolute));

    [Theory]
    [InlineData("{\"minCandidateNodesPercentage\": 101}", "minCandidateNodesPercentage: Invalid value: 101: not in valid range [0, 100]")]
    [InlineData("{\"minCandidateNodesAbsolute\": -1}", "minCandidateNodesAbsolute: Invalid value: -1: not in valid range [0, inf)")]
    [InlineData("{\"minCandidateNodesPercentage\": 0, \"minCandidateNodesAbsolute\": 0}",
        "[minCandidateNodesPercentage: Invalid value: 0: cannot be zero at the same time as minCandidateNodesAbsolute, " +
        "minCandidateNodesAbsolute: Invalid value: 0: cannot be zero at the same time as minCandidateNodesPercentage]")]
    public void Invalid_args_are_rejected_with_upstreams_text(string json, string message) =>
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => DefaultPreemptionArgs.From(JsonNode.Parse(json)!.AsObject())).Message);
}
