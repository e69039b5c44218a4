using Dotkube.Bench.Shared;

namespace Dotkube.Bench.Controllers;

/// <summary>What one scale run measured; the window is from the first create to the last Deployment available.</summary>
public sealed record RunResult
{
    public required int Deployments { get; init; }

    public required int Pods { get; init; }

    public required int Nodes { get; init; }

    public required TimeSpan AllCreated { get; init; }

    /// <summary>Null when the run timed out before every Deployment was available.</summary>
    public required TimeSpan? AllAvailable { get; init; }

    /// <summary>Wall time of the measured window (to all available, or to the timeout).</summary>
    public required TimeSpan Window { get; init; }

    /// <summary>The server at the first create and at the end of the window.</summary>
    public required ProcStats ServerBefore { get; init; }

    public required ProcStats ServerAfter { get; init; }

    /// <summary>This process (hollow nodes, load, watch) at the same two moments.</summary>
    public required ProcStats SelfBefore { get; init; }

    public required ProcStats SelfAfter { get; init; }

    public required double MaxSampledServerRssMib { get; init; }

    public required MetricsSnapshot MetricsBefore { get; init; }

    public required MetricsSnapshot MetricsAfter { get; init; }

    public double ServerCpuSeconds => (ServerAfter.Cpu - ServerBefore.Cpu).TotalSeconds;

    public double SelfCpuSeconds => (SelfAfter.Cpu - SelfBefore.Cpu).TotalSeconds;

    public double ServerCores => ServerCpuSeconds / Window.TotalSeconds;

    public double SelfCores => SelfCpuSeconds / Window.TotalSeconds;
}
