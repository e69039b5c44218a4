using System.Globalization;

namespace Dotkube.Bench.Storage;

/// <summary>The benchmark's console lines: fixed columns, invariant culture, ratio to the anchor last.</summary>
public static class Report
{
    public static void WritesHeader() =>
        Console.WriteLine($"{"store",-22} {"writers",7} {"writes/s",10} {"p50 ms",8} {"p99 ms",8} {"vs etcd",8}");

    /// <summary>Throughput ratio: ours / the anchor's writes/s, so above 1 is faster than etcd.</summary>
    public static void Writes(string name, WriteResult r, WriteResult? anchor) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} {r.Writers,7} {r.WritesPerSecond,10:N0} {r.P50Ms,8:F2} {r.P99Ms,8:F2} {Ratio(r.WritesPerSecond, anchor?.WritesPerSecond),8}"));

    public static void LatencyHeader() =>
        Console.WriteLine($"{"store",-22} {"scenario",-10} {"p50 ms",8} {"p99 ms",8} {"vs etcd",8}");

    /// <summary>Latency ratio: ours / the anchor's p50, so below 1 is faster than etcd.</summary>
    public static void Latency(string name, string scenario, Latencies l, Latencies? anchor) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} {scenario,-10} {l.Percentile(50),8:F2} {l.Percentile(99),8:F2} {Ratio(l.Percentile(50), anchor?.Percentile(50)),8}"));

    public static void Size(DbSizeResult size) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"updates {size.Updates:N0} in {size.Seconds:F1} s ({size.Updates / size.Seconds:N0}/s); live data {Mib(size.LiveBytes)} ({size.LiveBytes:N0} B)\n" +
            $"peak during the run: {Mib(size.PeakBytes)} = {size.PeakRatio:F2} x live\n" +
            $"idle (compacted, WAL checkpointed): {Mib(size.FileBytes)} ({size.FileBytes:N0} B: db {size.DbBytes:N0} + wal {size.WalBytes:N0}) = {size.Ratio:F2} x live"));

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Ratio(double ours, double? anchor) =>
        anchor is { } a and > 0 ? (ours / a).ToString("F2", CultureInfo.InvariantCulture) : "-";

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("F2", CultureInfo.InvariantCulture) + " MiB";
}
