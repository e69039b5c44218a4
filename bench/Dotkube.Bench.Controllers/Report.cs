using System.Globalization;
using Dotkube.Bench.Shared;

namespace Dotkube.Bench.Controllers;

/// <summary>The benchmark's console output: invariant culture, each figure with its anchor ratio (DESIGN.md §9).</summary>
public static class Report
{
    /// <summary>Scale anchor: KWOK brings 10,000 pods to Running within 60 s ...</summary>
    public const double KwokSeconds = 60;

    /// <summary>... for this many pods.</summary>
    public const int AnchorPods = 10_000;

    /// <summary>dotkube's target for the same: 30 s on 2 cores.</summary>
    public const double TargetSeconds = 30;

    /// <summary>Footprint anchor: a k3s server with a workload, ~1.6 GB RSS.</summary>
    public const double K3sRssMib = 1.6 * 1000 * 1000 * 1000 / 1048576;

    /// <summary>dotkube's target: server and agent together within 250 MB.</summary>
    public const double TargetRssMib = 250.0 * 1000 * 1000 / 1048576;

    public static void Progress(TimeSpan at, int created, int deployments, (int Seen, int Complete, long Available) state, int pods,
        (double Cores, double RssMib) server, double selfCores, string? trace)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {at.TotalSeconds,6:F1} s  created {created,5}/{deployments}  available deployments {state.Complete,5}  pods {state.Available,6}/{pods}  " +
            $"server {server.Cores:F2} cores {server.RssMib,5:F0} MiB  bench {selfCores:F2} cores  load {ProcStats.LoadAverage()}{trace}"));
    }

    public static void Result(RunResult r)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"== {r.Deployments:N0} Deployments x {r.Pods / r.Deployments} replicas = {r.Pods:N0} pods on {r.Nodes} hollow nodes"));
        Row("all Deployments created", $"{r.AllCreated.TotalSeconds:F1} s ({r.Deployments / r.AllCreated.TotalSeconds:F0} creates/s)");
        if (r.AllAvailable is { } available)
        {
            var seconds = available.TotalSeconds;
            // The anchor is for 10,000 pods; other sizes compare against it scaled linearly.
            var scale = (double)r.Pods / AnchorPods;
            var note = r.Pods == AnchorPods ? "" : string.Create(CultureInfo.InvariantCulture, $" (anchor and target scaled to {r.Pods:N0} pods)");
            Row("all Deployments available", $"{seconds:F1} s after the first create, {r.Pods / seconds:F0} pods/s");
            Row("vs KWOK 10k pods Running <= 60 s", $"{seconds / (KwokSeconds * scale):F2}{note}");
            Row("vs target <= 30 s on 2 cores", $"{seconds / (TargetSeconds * scale):F2}{note}");
        }
        else
        {
            Row("all Deployments available", $"NOT REACHED within {r.Window.TotalSeconds:F0} s");
        }

        Row("control plane CPU", $"{r.ServerCpuSeconds:F1} s = {r.ServerCores:F2} cores on average over {r.Window.TotalSeconds:F1} s");
        Row("bench process CPU (hollow nodes, load, watch)", $"{r.SelfCpuSeconds:F1} s = {r.SelfCores:F2} cores on average");
        Row("machine", $"{Environment.ProcessorCount} cores; load average {ProcStats.LoadAverage()}");
        Row("control plane RSS at the end", $"{r.After.Server.RssMib:F0} MiB (at the first create: {r.Before.Server.RssMib:F0} MiB)");
        Row("control plane peak RSS (VmHWM)", $"{r.After.Server.PeakRssMib:F0} MiB (largest 1 s sample {r.MaxSampledServerRssMib:F0} MiB)");
        Row("vs k3s server ~1.6 GB", $"{r.After.Server.PeakRssMib / K3sRssMib:F2}");
        Row("vs target server+agent <= 250 MB", $"{r.After.Server.PeakRssMib / TargetRssMib:F2} (server alone; no agent yet)");
        Row("bench process RSS", $"{r.After.Self.RssMib:F0} MiB (peak {r.After.Self.PeakRssMib:F0} MiB)");
        Breakdown(r.Before.Metrics, r.After.Metrics);
    }

    /// <summary>Where the control plane's work went during the window, from its own /metrics.</summary>
    public static void Breakdown(MetricsSnapshot before, MetricsSnapshot after)
    {
        Console.WriteLine();
        ReportLines.Requests(before, after, 12, "run");
        Console.WriteLine("Reconciles during the run (controller_runtime_reconcile_total increase; errors; mean reconcile time; mean wait in the queue):");
        foreach (var (key, delta) in MetricsSnapshot.Increase(after.Reconciles, before.Reconciles))
        {
            var errors = MetricsSnapshot.Increase(after.ReconcileErrors, before.ReconcileErrors, key);
            var mean = MetricsSnapshot.Increase(after.ReconcileSeconds, before.ReconcileSeconds, key) / delta * 1000;
            // A queue's wait is observed once per item taken, i.e. once per reconcile.
            var wait = MetricsSnapshot.Increase(after.QueueSeconds, before.QueueSeconds, key) / delta * 1000;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {key,-40} {delta,8:N0}  errors {errors,4:N0}  {mean,8:F1} ms  queued {wait,8:F1} ms"));
        }

        Console.WriteLine($"Work queues at the end: {after.Depths()}");
    }

    private static void Row(string what, string value) => Console.WriteLine($"  {what,-48} {value}");
}
