using Dotkube.Bench.Shared;

namespace Dotkube.Bench.Kubelet;

/// <summary>CPU and memory over a window of the server (API server + agent) and of the runtime (containerd + shims).</summary>
public readonly record struct NodeUsage(double ServerCores, double ServerRssMib, double RuntimeCores, double RuntimeRssMib, double RuntimePssMib,
    int RuntimeProcesses);

/// <summary>What one run measured; the window is from the first pod's due time to the last pod Ready (or the timeout).</summary>
public sealed record RunResult : MeasuredRun
{
    public required BenchOptions Options { get; init; }

    /// <summary>From the server's start to its node Ready with both images imported.</summary>
    public required TimeSpan NodeReady { get; init; }

    public required IReadOnlyList<PodTimeline> Pods { get; init; }

    /// <summary>Null when the run timed out before every pod was Ready.</summary>
    public required TimeSpan? AllReady { get; init; }

    public required IReadOnlyList<RawPod> RawPods { get; init; }

    /// <summary>When the kubelet logged each pod's sandbox created and container started (from the server log).</summary>
    public required IReadOnlyDictionary<string, DateTimeOffset> SandboxLogged { get; init; }

    public required IReadOnlyDictionary<string, DateTimeOffset> ContainerLogged { get; init; }

    /// <summary>The runtime side over the startup window.</summary>
    public required NodeUsage DuringStartup { get; init; }

    /// <summary>With every pod running and nothing else happening.</summary>
    public required NodeUsage Steady { get; init; }

    public required TimeSpan SteadyWindow { get; init; }

    public required double MaxSampledServerRssMib { get; init; }

    /// <summary>Seconds from the delete calls until every pod object was gone; null when they were not within the timeout.</summary>
    public TimeSpan? Deleted { get; set; }
}
