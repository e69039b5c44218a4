namespace Dotkube.Bench.Api;

/// <summary>The benchmark's phases; <c>--only</c> picks some, each runs on every backend.</summary>
[Flags]
public enum ApiPhase
{
    /// <summary>create/get/list/patch at fixed request rates (open loop).</summary>
    Rates = 1,

    /// <summary>Closed-loop create throughput, against raw etcd puts in the same run.</summary>
    Throughput = 2,

    /// <summary>Watch fan-out: write -> event latency at every one of many watchers.</summary>
    Watch = 4,

    /// <summary>One list of 10,000 pods as JSON and as a Table.</summary>
    List = 8,

    /// <summary>Where a create's time goes: HTTPS floor, storage floor, in-process handler steps (SQLite only).</summary>
    Breakdown = 16,

    All = Rates | Throughput | Watch | List | Breakdown,
}
