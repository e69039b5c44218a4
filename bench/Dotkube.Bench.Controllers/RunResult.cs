using Dotkube.Bench.Shared;

namespace Dotkube.Bench.Controllers;

/// <summary>
/// What one scale run measured; the window is from the first create to the last Deployment
/// available, "self" is this process (hollow nodes, load, watch).
/// </summary>
public sealed record RunResult : MeasuredRun
{
    public required int Deployments { get; init; }

    public required int Pods { get; init; }

    public required int Nodes { get; init; }

    public required TimeSpan AllCreated { get; init; }

    /// <summary>Null when the run timed out before every Deployment was available.</summary>
    public required TimeSpan? AllAvailable { get; init; }

    public required double MaxSampledServerRssMib { get; init; }
}
