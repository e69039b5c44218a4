using System.Globalization;

namespace Dotkube.Bench.Api;

/// <summary>The benchmark's console lines: fixed columns, invariant culture, the ratio to the anchor last.</summary>
public static class Report
{
    /// <summary>Upstream's API call latency SLO (p99): 1 s for a single object (mutating or get) ...</summary>
    public const double ResourceSloMs = 1000;

    /// <summary>... and 5 s for a list within one namespace.</summary>
    public const double NamespaceListSloMs = 5000;

    /// <summary>dotkube's own target (DESIGN.md §9): p99 at most 50 ms at 500 writes/s.</summary>
    public const double WriteTargetMs = 50;

    public static void RateHeader() =>
        Console.WriteLine($"{"operation",-10} {"backend",-7} {"target/s",8} {"achieved/s",10} {"p50 ms",8} {"p99 ms",9} {"errors",7} {"cpu ms/req",10} {"gc ms",6} {"p99/SLO",8}");

    public static void Rate(RateResult r)
    {
        var cpu = r.EtcdCpuMsPerRequest > 0
            ? $"{r.CpuMsPerRequest:F2}+{r.EtcdCpuMsPerRequest:F2}"
            : $"{r.CpuMsPerRequest:F2}";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Operation,-10} {r.Backend,-7} {r.TargetRate,8:N0} {r.AchievedRate,10:N0} {r.Latencies.Percentile(50),8:F2} {r.Latencies.Percentile(99),9:F2} {r.ErrorCount,7} {cpu,10} {r.GcPauseMs,6:F0} {r.Latencies.Percentile(99) / SloMs(r.Operation),8:F3}"));
        if (r.ErrorCount > 0)
        {
            Console.WriteLine("           errors: " + string.Join(", ", r.Errors.Select(e => $"{e.Key} x{e.Value}")));
        }
    }

    /// <summary>The SLO an operation is held to: a namespace list gets 5 s, everything else 1 s.</summary>
    public static double SloMs(string operation) => operation == "list" ? NamespaceListSloMs : ResourceSloMs;

    public static void ThroughputHeader() =>
        Console.WriteLine($"{"load",-32} {"clients",7} {"req/s",8} {"p50 ms",8} {"p99 ms",9} {"errors",7} {"cpu ms/req",10} {"vs raw etcd",11}");

    /// <summary>Throughput ratio: ours / raw etcd puts per second, measured in the same run (DESIGN.md §9: at least 0.5).</summary>
    public static void Throughput(ThroughputResult r, ThroughputResult? anchor)
    {
        var cpu = r.EtcdCpuMsPerRequest > 0 ? $"{r.CpuMsPerRequest:F2}+{r.EtcdCpuMsPerRequest:F2}" : $"{r.CpuMsPerRequest:F2}";
        var ratio = anchor is { PerSecond: > 0 } a && !ReferenceEquals(a, r) ? (r.PerSecond / a.PerSecond).ToString("F2", CultureInfo.InvariantCulture) : "-";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Name,-32} {r.Clients,7} {r.PerSecond,8:N0} {r.Latencies.Percentile(50),8:F2} {r.Latencies.Percentile(99),9:F2} {r.Errors,7} {cpu,10} {ratio,11}"));
    }

    /// <summary>RSS of this process (API server, its caches and the load generator) as a footprint hint.</summary>
    public static void Footprint(string after)
    {
        var (rss, peak) = Rss();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  footprint after {after}: RSS {rss / 1024.0:F0} MiB (peak {peak / 1024.0:F0} MiB), managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MiB; load average {LoadAverage()}"));
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>VmRSS and VmHWM of this process in KiB (0 where /proc is missing).</summary>
    private static (long Rss, long Peak) Rss()
    {
        long rss = 0, peak = 0;
        if (!File.Exists("/proc/self/status"))
        {
            return (0, 0);
        }

        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kib(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kib(line);
            }
        }

        return (rss, peak);
    }

    private static long Kib(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
