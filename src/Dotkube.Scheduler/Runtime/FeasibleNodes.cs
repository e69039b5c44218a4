namespace Dotkube.Scheduler.Runtime;

/// <summary>How many feasible nodes a cycle looks for before it stops filtering (upstream numFeasibleNodesToFind).</summary>
public static class FeasibleNodes
{
    /// <summary>Below this many nodes every node is checked; and at least this many are looked for.</summary>
    public const int MinToFind = 100;

    /// <summary>The adaptive percentage never goes below this.</summary>
    public const int MinPercentage = 5;

    /// <param name="percentage">percentageOfNodesToScore; 0 picks upstream's adaptive 50% minus 1% per 125 nodes.</param>
    public static int ToFind(int percentage, int allNodes)
    {
        if (allNodes < MinToFind)
            return allNodes;
        if (percentage <= 0)
            percentage = Math.Max(50 - (allNodes / 125), MinPercentage);
        var count = (int)((long)allNodes * percentage / 100);
        return Math.Max(count, MinToFind);
    }
}
