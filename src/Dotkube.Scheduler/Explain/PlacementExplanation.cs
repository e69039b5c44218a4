using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Explain;

/// <summary>
/// Why a pod can or cannot be placed: each node's verdicts (feasible nodes first, highest total score
/// first, then the rejected ones by name), and <see cref="Summary"/> in upstream's
/// "0/N nodes are available: ..." form (with the feasible count in front of the slash).
/// </summary>
public sealed record PlacementExplanation(string Namespace, string Pod, string Profile, IReadOnlyList<NodeExplanation> Nodes, string Summary)
{
    /// <summary>Set when PreScore or Score failed: the feasible nodes are then listed without scores.</summary>
    public Status? ScoreError { get; init; }
}
