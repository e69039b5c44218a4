using Dotkube.Api.Core.V1;
using Dotkube.Controllers.Common;
using static Dotkube.Controllers.Tests.Common.TestPods;

namespace Dotkube.Controllers.Tests.Common;

public sealed class ActivePodsTests
{
    /// <summary>Each case: a pod that must be deleted before another that differs from it in one respect.</summary>
    public static TheoryData<string, Pod, Pod> FirstBeforeSecond => new()
    {
        { "unassigned before assigned", New("a", node: null, phase: "Pending"), New("b", node: "node-a", phase: "Pending") },
        { "Pending before Unknown", New("a", phase: "Pending"), New("b", phase: "Unknown") },
        { "Unknown before Running", New("a", phase: "Unknown"), New("b", phase: "Running") },
        { "no phase before Running", New("a", phase: ""), New("b", phase: "Running") },
        { "not ready before ready", New("a"), New("b", readySince: Now.AddHours(-2)) },
        { "lower deletion cost first", New("a", deletionCost: -5, readySince: Now.AddHours(-1)), New("b", readySince: Now.AddSeconds(-1)) },
        { "ready for less time first", New("a", readySince: Now.AddSeconds(-10)), New("b", readySince: Now.AddHours(-10)) },
        { "more restarts first", New("a", restarts: 3), New("b", restarts: 1) },
        { "newer before older", New("a", created: Now.AddMinutes(-1)), New("b", created: Now.AddDays(-1)) },
        { "no creation time before any", New("a", created: default(DateTimeOffset)), New("b", created: Now.AddMinutes(-1)) },
        { "unassigned even when ready and older", New("a", node: "", readySince: Now.AddDays(-9), created: Now.AddDays(-10)), New("b") },
    };

    [Theory]
    [MemberData(nameof(FirstBeforeSecond))]
    public void Pods_are_ranked_for_deletion_as_upstream(string rule, Pod first, Pod second)
    {
        Assert.True(ActivePods.Compare(first, 0, second, 0, Now) < 0, rule);
        Assert.True(ActivePods.Compare(second, 0, first, 0, Now) > 0, rule);
        Assert.Equal(["a", "b"], ActivePods.SortForDeletion([second, first], [0, 0], Now).Select(p => p.Metadata.Name));
    }

    [Fact]
    public void A_higher_rank_goes_first_among_otherwise_equal_pods()
    {
        var doubledUp = New("a", readySince: Now.AddHours(-1));
        var alone = New("b", readySince: Now.AddHours(-1));

        Assert.Equal(["a", "b"], ActivePods.SortForDeletion([alone, doubledUp], [1, 3], Now).Select(p => p.Metadata.Name));
    }

    [Fact]
    public void Times_in_the_same_log2_bucket_are_ordered_by_uid()
    {
        // 100 and 101 minutes ago fall in one power-of-two bucket of nanoseconds: uid decides, not the exact age.
        var older = New("a", created: Now.AddMinutes(-101));
        var newer = New("b", created: Now.AddMinutes(-100));

        Assert.True(ActivePods.Compare(older, 0, newer, 0, Now) < 0);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("-3", -3)]
    [InlineData("not-a-number", 0)]
    [InlineData("99999999999", 0)]
    public void The_deletion_cost_annotation_is_an_int32_and_otherwise_zero(string value, int expected)
    {
        var pod = New("a");
        pod.Metadata.Annotations = new() { [ActivePods.DeletionCostAnnotation] = value };

        Assert.Equal(expected, ActivePods.DeletionCost(pod));
    }

    [Fact]
    public void Pods_that_no_rule_tells_apart_keep_their_order()
    {
        var pods = new[] { New("x"), New("y"), New("z") };
        foreach (var pod in pods)
            pod.Metadata.Uid = "same";

        Assert.Equal(["x", "y", "z"], ActivePods.SortForDeletion(pods, [0, 0, 0], Now).Select(p => p.Metadata.Name));
    }
}
