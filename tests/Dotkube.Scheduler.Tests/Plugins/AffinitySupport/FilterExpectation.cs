using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Tests.Plugins.AffinitySupport;

/// <summary>What Filter should say for each node: "ok", or the code and the one reason.</summary>
public static class FilterExpectation
{
    public static void Verify(IReadOnlyDictionary<string, (Code Code, string? Reason)> expected, Dictionary<string, Status> actual)
    {
        var got = actual.ToDictionary(r => r.Key, r => (r.Value.Code, r.Value.IsSuccess ? null : (string?)Assert.Single(r.Value.Reasons)));
        Assert.Equal(expected.OrderBy(e => e.Key), got.OrderBy(e => e.Key));
    }

    public static Dictionary<string, (Code, string?)> Expect(params (string Node, (Code, string?) Verdict)[] verdicts) =>
        verdicts.ToDictionary(v => v.Node, v => v.Verdict);

    public static (Code, string?) Ok => (Code.Success, null);

    public static (Code, string?) Unschedulable(string reason) => (Code.Unschedulable, reason);

    public static (Code, string?) Unresolvable(string reason) => (Code.UnschedulableAndUnresolvable, reason);
}
