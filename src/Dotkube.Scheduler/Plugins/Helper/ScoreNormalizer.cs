using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.Helper;

/// <summary>Score rescaling shared by plugins (upstream plugins/helper DefaultNormalizeScore).</summary>
public static class ScoreNormalizer
{
    /// <summary>
    /// Scales the scores so the highest becomes <paramref name="max"/>; with <paramref name="reverse"/>
    /// the scale is flipped so the lowest raw score wins. When every raw score is 0 they stay 0, or all
    /// become <paramref name="max"/> when reversed (nothing to prefer, every node is equally good).
    /// </summary>
    public static Status Default(long max, bool reverse, List<NodeScore> scores)
    {
        long highest = 0;
        foreach (var score in scores)
            highest = Math.Max(highest, score.Score);

        for (var i = 0; i < scores.Count; i++)
        {
            long value;
            if (highest == 0)
                value = reverse ? max : scores[i].Score;
            else
            {
                value = max * scores[i].Score / highest;
                if (reverse)
                    value = max - value;
            }

            scores[i] = scores[i] with { Score = value };
        }

        return Status.Success;
    }
}
