namespace Dotkube.Scheduler.Explain;

/// <summary>Every plugin's verdict on one node and, when the pod fits it, the score breakdown (highest weighted first).</summary>
public sealed record NodeExplanation(string Node, IReadOnlyList<PluginVerdict> Verdicts, IReadOnlyList<PluginScore> Scores)
{
    public bool Fits => !Verdicts.Any(v => v.Rejects);

    public IEnumerable<PluginVerdict> Rejections => Verdicts.Where(v => v.Rejects);

    public long TotalScore => Scores.Sum(s => s.Weighted);
}
