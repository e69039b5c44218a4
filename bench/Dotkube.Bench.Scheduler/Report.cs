using System.Globalization;
using Dotkube.Bench.Shared;

namespace Dotkube.Bench.Scheduler;

/// <summary>The benchmark's console output: invariant culture, each figure with its anchor ratio (DESIGN.md §9).</summary>
public static class Report
{
    /// <summary>dotkube's target for SchedulingBasic: API server, storage and scheduler together on 2 cores.</summary>
    public const double Target = 1_000;

    public static void Result(RunResult r)
    {
        var o = r.Options;
        var floor = o.Workload.UpstreamFloor;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"== {o.Workload.Name}: {o.Nodes:N0} nodes, {o.InitialPods:N0} initial pods, {o.Pods:N0} measured pods"));
        Row("measured pods created", $"{r.AllCreated.TotalSeconds:F1} s ({o.Pods / r.AllCreated.TotalSeconds:F0} creates/s, {o.CreateConcurrency} in flight)");
        if (r.AllBound is { } bound)
            Row("measured pods bound", $"{bound.TotalSeconds:F1} s after the first create ({o.Pods / bound.TotalSeconds:F0} pods/s overall)");
        else
            Row("measured pods bound", $"NOT ALL within {r.Window.TotalSeconds:F0} s: {r.Bound:N0} of {o.Pods:N0}");

        if (r.Samples.Count > 0)
        {
            var average = r.Samples.Average();
            Row("throughput per 1 s sample", $"average {average:F0}, p50 {Percentile(r.Samples, 50):F0}, p90 {Percentile(r.Samples, 90):F0}, " +
                                              $"p99 {Percentile(r.Samples, 99):F0} pods/s ({r.Samples.Count} samples)");
            Row($"vs upstream floor {floor:F0} pods/s (6 CPUs)", $"{average / floor:F2}");
            if (o.Workload == Workload.Basic)
                Row("vs target >= 1,000 pods/s (2 cores)", $"{average / Target:F2}");
        }

        if (r.CrowdedNodes is { } crowded)
            Row("nodes with more than one pod", crowded == 0 ? "none, as the anti-affinity requires" : $"{crowded:N0}: ANTI-AFFINITY VIOLATED");

        Row("control plane CPU", $"{r.ServerCpuSeconds:F1} s = {r.ServerCores:F2} cores over {r.Window.TotalSeconds:F1} s, " +
                                 $"{r.ServerCpuSeconds * 1000 / Math.Max(1, r.Bound):F2} ms per measured pod");
        Row("bench process CPU (creates, watch)", $"{r.SelfCpuSeconds:F1} s = {r.SelfCores:F2} cores");
        Row("machine", $"{Environment.ProcessorCount} cores; load average {ProcStats.LoadAverage()}");
        Row("control plane RSS", $"{r.After.Server.RssMib:F0} MiB at the end (peak {r.After.Server.PeakRssMib:F0} MiB)");
        Breakdown(r.Before.Metrics, r.After.Metrics);
    }

    /// <summary>scheduler_perf's percentile: the sample at rank ceil(n * p / 100) of the sorted samples.</summary>
    public static double Percentile(IReadOnlyList<double> samples, double p)
    {
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(sorted.Length * p / 100);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static void Breakdown(MetricsSnapshot before, MetricsSnapshot after)
    {
        Console.WriteLine();
        Console.WriteLine("Scheduling attempts during the window (scheduler_schedule_attempts_total increase; mean of scheduler_scheduling_attempt_duration_seconds):");
        foreach (var (result, delta) in MetricsSnapshot.Increase(after.ScheduleAttempts, before.ScheduleAttempts))
        {
            var mean = MetricsSnapshot.Increase(after.AttemptSeconds, before.AttemptSeconds, result) / delta * 1000;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result,-40} {delta,8:N0}  {mean,8:F2} ms"));
        }

        ReportLines.Requests(before, after, 8, "window");

        Console.WriteLine($"Scheduler queues at the end: {string.Join(", ", after.PendingPods.Select(p => $"{p.Key} {p.Value:F0}"))}");
    }

    private static void Row(string what, string value) => Console.WriteLine($"  {what,-44} {value}");
}
