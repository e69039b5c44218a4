using Dotkube.Api.Core.V1;
using Dotkube.Controllers.TaintEviction;

namespace Dotkube.Controllers.Tests.TaintEviction;

public sealed class TolerationsTests
{
    private static readonly Taint Unreachable = new() { Key = "node.kubernetes.io/unreachable", Effect = "NoExecute" };
    private static readonly Taint Gpu = new() { Key = "dedicated", Value = "gpu", Effect = "NoExecute" };

    public static TheoryData<string, Toleration, Taint, bool> MatchCases => new()
    {
        { "same key, Exists", new() { Key = "dedicated", Operator = "Exists", Effect = "NoExecute" }, Gpu, true },
        { "same key and value, Equal", new() { Key = "dedicated", Operator = "Equal", Value = "gpu", Effect = "NoExecute" }, Gpu, true },
        { "no operator means Equal", new() { Key = "dedicated", Value = "gpu" }, Gpu, true },
        { "other value, Equal", new() { Key = "dedicated", Operator = "Equal", Value = "cpu", Effect = "NoExecute" }, Gpu, false },
        { "other effect", new() { Key = "dedicated", Operator = "Exists", Effect = "NoSchedule" }, Gpu, false },
        { "empty effect matches all", new() { Key = "dedicated", Operator = "Exists" }, Gpu, true },
        { "empty key with Exists matches all", new() { Operator = "Exists" }, Unreachable, true },
        { "other key", new() { Key = "node.kubernetes.io/not-ready", Operator = "Exists", Effect = "NoExecute" }, Unreachable, false },
        { "a value on an empty taint value", new() { Key = "node.kubernetes.io/unreachable", Operator = "Equal", Value = "x" }, Unreachable, false },
        { "unknown operator", new() { Key = "dedicated", Operator = "Gt", Value = "1" }, Gpu, false },
    };

    [Theory]
    [MemberData(nameof(MatchCases))]
    public void A_toleration_matches_a_taint_as_upstream(string name, Toleration toleration, Taint taint, bool tolerates) =>
        Assert.True(toleration.ToleratesTaint(taint) == tolerates, name);

    [Fact]
    public void Every_taint_must_be_tolerated_and_the_first_matching_toleration_of_each_counts()
    {
        var forever = new Toleration { Key = "dedicated", Operator = "Exists" };
        var brief = new Toleration { Operator = "Exists", TolerationSeconds = 30 };

        Assert.True(Tolerations.AllTolerated([Gpu, Unreachable], [forever, brief], out var used));
        Assert.Equal([forever, brief], used);
        Assert.False(Tolerations.AllTolerated([Gpu, Unreachable], [forever], out used));
        Assert.Empty(used);
    }

    [Theory]
    [InlineData(new long[] { 300, 30 }, 30.0)]
    [InlineData(new long[] { 300, 0 }, 0.0)]
    [InlineData(new long[] { -5 }, 0.0)]
    [InlineData(new long[] { -1, 300 }, 300.0)] // -1 stands for "no seconds" in this table
    [InlineData(new long[] { -1 }, null)]
    public void The_least_toleration_seconds_decide_and_none_means_forever(long[] seconds, double? expected)
    {
        var used = seconds.Select(s => new Toleration { Operator = "Exists", TolerationSeconds = s == -1 ? null : s }).ToList();

        Assert.Equal(expected is null ? null : TimeSpan.FromSeconds(expected.Value), Tolerations.MinTolerationTime(used));
    }
}
