using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Plugins.DefaultPreemption;
using static Dotkube.Scheduler.Tests.Plugins.DefaultPreemption.SelectVictimsTests;
using static Dotkube.Scheduler.Tests.Scheduling.Objects;

namespace Dotkube.Scheduler.Tests.Plugins.DefaultPreemption;

public sealed class CandidatePickerTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 0, 0, 0, TimeSpan.Zero);

    private static Candidate On(string node, int violations, params Pod[] victims) => new(node, victims, violations);

    private static Pod V(int priority, int startMinute = 0) => Started(Pod("v" + Guid.NewGuid().ToString("N")[..6], priority: priority), startMinute);

    public static TheoryData<string, Candidate[], string> Cases() => new()
    {
        { "fewest PDB violations first", [On("a", 1, V(1)), On("b", 0, V(5))], "b" },
        { "then the lowest highest-priority victim", [On("a", 0, V(5), V(1)), On("b", 0, V(4), V(4))], "b" },
        { "then the smallest sum of priorities", [On("a", 0, V(5), V(3)), On("b", 0, V(5), V(2))], "b" },
        { "each victim adds to the sum, so more victims of equal priority lose", [On("a", 0, V(0), V(0)), On("b", 0, V(0))], "b" },
        { "negative priorities do not make more victims sum lower", [On("a", 0, V(-5), V(-5)), On("b", 0, V(-5))], "b" },
        { "then the latest start among the highest-priority victims", [On("a", 0, V(5, 1), V(1, 30)), On("b", 0, V(5, 2), V(1, 0))], "b" },
        { "then the first", [On("a", 0, V(5, 1)), On("b", 0, V(5, 1))], "a" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_node_whose_evictions_hurt_least_is_picked(string name, Candidate[] candidates, string expected) =>
        Assert.True(expected == CandidatePicker.Pick(candidates, Now)?.NodeName, name);

    [Fact]
    public void No_candidates_pick_nothing() => Assert.Null(CandidatePicker.Pick([], Now));
}
