namespace Dotkube.Bench.Storage;

/// <summary>The parts of the benchmark, selectable with <c>--only</c>.</summary>
[Flags]
public enum BenchPhase
{
    /// <summary>Writes/s and latency at each concurrency level.</summary>
    Writes = 1,

    /// <summary>Range of many keys and watch fan-out.</summary>
    Reads = 2,

    /// <summary>SQLite file size under churn with compaction on.</summary>
    Size = 4,

    All = Writes | Reads | Size,
}
