namespace Dotkube.Scheduler.Tests.Plugins.AffinitySupport;

/// <summary>Normalized scores per node; null stands for "PreScore skipped".</summary>
public static class ScoreExpectation
{
    public static Dictionary<string, long> Scores(params (string Node, long Score)[] scores) => scores.ToDictionary(s => s.Node, s => s.Score);

    public static void Verify(Dictionary<string, long>? expected, Dictionary<string, long>? actual) =>
        Assert.Equal(expected?.OrderBy(s => s.Key), actual?.OrderBy(s => s.Key));
}
