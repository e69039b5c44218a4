using System.Globalization;

namespace Dotkube.Bench.Api;

/// <summary>The end of the run: every table again, and each target stated as met or not.</summary>
public static class Summary
{
    public static void Print(List<RateResult> rates, List<ThroughputResult> throughput, ThroughputResult? rawEtcd,
        List<WatchResult> watches, List<BigListResult> lists)
    {
        Console.WriteLine();
        Console.WriteLine("== summary");
        if (rates.Count > 0)
        {
            Report.RateHeader();
            foreach (var r in rates)
            {
                Report.Rate(r);
            }

            var worst = rates.Where(r => r.Operation != "list").MaxBy(r => r.Latencies.Percentile(99) / Report.SloMs(r.Operation));
            if (worst is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"anchor (upstream SLO p99 <= 1 s, single object): worst ratio {worst.Latencies.Percentile(99) / Report.ResourceSloMs:F3} ({worst.Operation} on {worst.Backend} at {worst.TargetRate}/s)"));
            }

            foreach (var operation in new[] { "create", "patch" })
            {
                if (rates.FirstOrDefault(r => r.Operation == operation && r.Backend == "sqlite" && r.TargetRate == 500) is { } w)
                {
                    var p99 = w.Latencies.Percentile(99);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"target (p99 <= {Report.WriteTargetMs:F0} ms at 500 writes/s on SQLite), {operation}: p99 {p99:F2} ms = {p99 / Report.WriteTargetMs:F2} x target, " +
                        $"achieved {w.AchievedRate:N0}/s, {w.ErrorCount} errors: {(p99 <= Report.WriteTargetMs && w.ErrorCount == 0 ? "MET" : "NOT MET")}"));
                }
            }
        }

        if (throughput.Count > 0)
        {
            Console.WriteLine();
            Report.ThroughputHeader();
            if (rawEtcd is not null)
            {
                Report.Throughput(rawEtcd, null);
            }

            foreach (var t in throughput)
            {
                Report.Throughput(t, rawEtcd);
            }

            if (rawEtcd is not null && throughput.FirstOrDefault(t => t.Name.Contains("etcd", StringComparison.Ordinal)) is { } onEtcd)
            {
                var ratio = onEtcd.PerSecond / rawEtcd.PerSecond;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"anchor (API creates >= 50% of raw etcd put rate, same run): {onEtcd.PerSecond:N0} / {rawEtcd.PerSecond:N0} = {ratio:F2}: {(ratio >= 0.5 ? "MET" : "NOT MET")}"));
            }
        }

        if (watches.Count > 0)
        {
            Console.WriteLine();
            foreach (var w in watches)
            {
                WatchFanOut.Print(w);
            }
        }

        if (lists.Count > 0)
        {
            Console.WriteLine();
            foreach (var l in lists)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"list      {l.Backend,-7} {l.Pods:N0} pods as {l.Form,-24} median {l.MedianMs,8:F1} ms, {l.Bytes / 1048576.0,6:F2} MiB in {l.Pages} response(s); vs 5 s SLO {l.MedianMs / Report.NamespaceListSloMs:F3}"));
            }
        }
    }
}
