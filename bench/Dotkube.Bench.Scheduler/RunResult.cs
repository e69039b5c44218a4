using Dotkube.Bench.Shared;

namespace Dotkube.Bench.Scheduler;

/// <summary>What one run measured; the window is from the first measured create to the last measured bind.</summary>
public sealed record RunResult : MeasuredRun
{
    public required BenchOptions Options { get; init; }

    public required TimeSpan AllCreated { get; init; }

    /// <summary>Null when the run timed out before every measured pod was bound.</summary>
    public required TimeSpan? AllBound { get; init; }

    public required int Bound { get; init; }

    /// <summary>Measured pods bound in each full second of the window.</summary>
    public required IReadOnlyList<double> Samples { get; init; }

    /// <summary>Nodes running more than one of the workload's pods; null when the workload allows that.</summary>
    public required int? CrowdedNodes { get; init; }
}
