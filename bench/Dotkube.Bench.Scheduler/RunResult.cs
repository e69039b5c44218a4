using Dotkube.Bench.Shared;

namespace Dotkube.Bench.Scheduler;

/// <summary>What one run measured; the window is from the first measured create to the last measured bind.</summary>
public sealed record RunResult
{
    public required BenchOptions Options { get; init; }

    public required TimeSpan AllCreated { get; init; }

    /// <summary>Null when the run timed out before every measured pod was bound.</summary>
    public required TimeSpan? AllBound { get; init; }

    public required int Bound { get; init; }

    public required TimeSpan Window { get; init; }

    /// <summary>Measured pods bound in each full second of the window.</summary>
    public required IReadOnlyList<double> Samples { get; init; }

    public required ProcStats ServerBefore { get; init; }

    public required ProcStats ServerAfter { get; init; }

    public required ProcStats SelfBefore { get; init; }

    public required ProcStats SelfAfter { get; init; }

    public required MetricsSnapshot MetricsBefore { get; init; }

    public required MetricsSnapshot MetricsAfter { get; init; }

    public double ServerCpuSeconds => (ServerAfter.Cpu - ServerBefore.Cpu).TotalSeconds;

    public double SelfCpuSeconds => (SelfAfter.Cpu - SelfBefore.Cpu).TotalSeconds;
}
