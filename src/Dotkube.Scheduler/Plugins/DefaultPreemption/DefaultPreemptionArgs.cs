using System.Text.Json.Nodes;

namespace Dotkube.Scheduler.Plugins.DefaultPreemption;

/// <summary>The plugin's pluginConfig args (upstream DefaultPreemptionArgs): how many candidate nodes a dry run looks for.</summary>
public sealed class DefaultPreemptionArgs
{
    /// <summary>Defaults to 10, as upstream: look for at least this percentage of the potential nodes.</summary>
    public int MinCandidateNodesPercentage { get; init; } = 10;

    /// <summary>Defaults to 100, as upstream: look for at least this many nodes (capped at the potential nodes).</summary>
    public int MinCandidateNodesAbsolute { get; init; } = 100;

    /// <summary>Reads the "args" object of a pluginConfig entry; null gives the defaults. Throws <see cref="ArgumentException"/> with upstream's validation text.</summary>
    public static DefaultPreemptionArgs From(JsonObject? args)
    {
        var parsed = new DefaultPreemptionArgs
        {
            MinCandidateNodesPercentage = args?["minCandidateNodesPercentage"]?.GetValue<int>() ?? 10,
            MinCandidateNodesAbsolute = args?["minCandidateNodesAbsolute"]?.GetValue<int>() ?? 100,
        };
        var errors = new List<string>();
        if (parsed.MinCandidateNodesPercentage is < 0 or > 100)
            errors.Add($"minCandidateNodesPercentage: Invalid value: {parsed.MinCandidateNodesPercentage}: not in valid range [0, 100]");
        if (parsed.MinCandidateNodesAbsolute < 0)
            errors.Add($"minCandidateNodesAbsolute: Invalid value: {parsed.MinCandidateNodesAbsolute}: not in valid range [0, inf)");
        if (parsed is { MinCandidateNodesPercentage: 0, MinCandidateNodesAbsolute: 0 })
        {
            errors.Add("minCandidateNodesPercentage: Invalid value: 0: cannot be zero at the same time as minCandidateNodesAbsolute");
            errors.Add("minCandidateNodesAbsolute: Invalid value: 0: cannot be zero at the same time as minCandidateNodesPercentage");
        }

        return errors.Count == 0 ? parsed : throw new ArgumentException(errors.Count == 1 ? errors[0] : $"[{string.Join(", ", errors)}]");
    }

    /// <summary>How many candidates a dry run looks for among <paramref name="potentialNodes"/> (upstream calculateNumCandidates).</summary>
    public int CandidatesToFind(int potentialNodes)
    {
        var n = (int)((long)potentialNodes * MinCandidateNodesPercentage / 100);
        return Math.Min(Math.Max(n, MinCandidateNodesAbsolute), potentialNodes);
    }
}
