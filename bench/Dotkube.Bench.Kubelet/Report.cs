using System.Globalization;
using Dotkube.Bench.Shared;

namespace Dotkube.Bench.Kubelet;

/// <summary>The benchmark's console output: invariant culture, each figure with its anchor ratios (DESIGN.md §9).</summary>
public static class Report
{
    /// <summary>Upstream's pod startup SLO: p99 of create -> Running observed via watch (stateless pods, images present) within 5 s.</summary>
    public static readonly TimeSpan UpstreamSlo = TimeSpan.FromSeconds(5);

    /// <summary>dotkube's target for the same p99 on one node.</summary>
    public static readonly TimeSpan Target = TimeSpan.FromSeconds(1);

    public static void Result(RunResult r)
    {
        var o = r.Options;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"== Pod startup: {o.Pods} pods (busybox, sleep 3600, local image) at {o.Rate} pods/s on one node; clock from each pod's due time"));
        Row("node Ready with images", Seconds(r.NodeReady) + " after the server started");
        var running = Latencies(r.Pods, p => p.Running);
        var ready = Latencies(r.Pods, p => p.Ready);
        if (r.AllReady is null)
            Row("NOT ALL READY", $"within {r.Window.TotalSeconds:F0} s: {ready.Count} of {o.Pods} Ready, {running.Count} Running");
        Percentiles("create -> Running (watch)", running, anchors: true);
        Percentiles("create -> Ready (watch)", ready, anchors: true);
        Percentiles("create -> create answered", Latencies(r.Pods, p => p.CreateAnswered), anchors: false);
        Percentiles("create -> bound (watch)", Latencies(r.Pods, p => p.Bound), anchors: false);
        if (r.Pods.Where(p => p.Running is not null).Select(p => p.Running!.Value).DefaultIfEmpty().Max() is var last && last > TimeSpan.Zero)
            Row("throughput", string.Create(CultureInfo.InvariantCulture,
                $"last pod Running {last.TotalSeconds:F1} s after the first was due: {running.Count / last.TotalSeconds:F1} pods/s (offered {o.Rate})"));

        if (r.RawPods.Count > 0)
        {
            var floor = r.RawPods.Select(p => p.Latency).ToList();
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"== Runtime floor: {r.RawPods.Count} sandboxes + containers straight over CRI to the agent's containerd, same rate, same run (before the pods)"));
            Percentiles("due -> StartContainer returned", floor, anchors: true);
            Percentiles("  RunPodSandbox (pod network, CNI)", r.RawPods.Select(p => p.Sandbox - p.Due).ToList(), anchors: false);
            Percentiles("  CreateContainer", r.RawPods.Select(p => p.Created - p.Sandbox).ToList(), anchors: false);
            Percentiles("  StartContainer", r.RawPods.Select(p => p.Started - p.Created).ToList(), anchors: false);
            var lastRaw = r.RawPods.Max(p => p.Started);
            Row("throughput", string.Create(CultureInfo.InvariantCulture,
                $"last container started {lastRaw.TotalSeconds:F1} s after the first was due: {r.RawPods.Count / lastRaw.TotalSeconds:F1} pods/s (offered {o.Rate})"));
            if (running.Count > 0)
                Row("kubelet path vs floor", string.Create(CultureInfo.InvariantCulture,
                    $"p50 {Percentile(running, 50) / Percentile(floor, 50):F2}x, p99 {Percentile(running, 99) / Percentile(floor, 99):F2}x " +
                    $"(overhead p50 {Ms(Percentile(running, 50) - Percentile(floor, 50))})"));
        }

        Breakdown(r);

        Console.WriteLine();
        Console.WriteLine("== Node footprint (server = API server + controllers + scheduler + agent in one process; " +
                          "runtime = containerd + shims, CPU with their reaped runc and CNI children)");
        Usage($"during the startup window ({r.Window.TotalSeconds:F1} s)", r.DuringStartup);
        Usage($"steady, {r.Pods.Count(p => p.Running is not null)} pods running ({r.SteadyWindow.TotalSeconds:F0} s)", r.Steady);
        Row("server peak RSS", string.Create(CultureInfo.InvariantCulture,
            $"{r.After.Server.PeakRssMib:F0} MiB (VmHWM; largest sample {r.MaxSampledServerRssMib:F0} MiB); vs 250 MB target (server + agent): " +
            $"{r.After.Server.PeakRssMib * 1024 * 1024 / 250e6:F2}"));
        Row("bench process CPU (creates, watch)", $"{r.SelfCpuSeconds:F1} s = {r.SelfCores:F2} cores");
        Row("machine", $"{Environment.ProcessorCount} cores; load average {ProcStats.LoadAverage()} (shared with other builds)");
        if (r.Deleted is { } deleted)
            Row("pods deleted (grace 1 s) and gone", Seconds(deleted));
        else
            Row("pods deleted", "NOT ALL GONE within the delete timeout");
        ReportLines.Requests(r.Before.Metrics, r.After.Metrics, 8, "startup window");
    }

    /// <summary>
    /// Where each pod's time went, medians and p99 per step: the scheduler (create -> bound on the
    /// watch), the agent until its sandbox exists (watch delivery to the kubelet, the pod worker,
    /// volumes, RunPodSandbox: from the server log), until its container started (image check,
    /// CreateContainer, StartContainer: server log), and until we saw Running (inspect, status
    /// patch, watch delivery back).
    /// </summary>
    private static void Breakdown(RunResult r)
    {
        var steps = new List<(string Name, List<TimeSpan> Values)>
        {
            ("create -> bound (API + scheduler + watch)", []),
            ("bound -> sandbox created (kubelet log)", []),
            ("sandbox -> container started (kubelet log)", []),
            ("container started -> Running on the watch", []),
            ("Running -> Ready on the watch", []),
        };
        foreach (var pod in r.Pods)
        {
            if (pod.Bound is not { } bound || pod.Running is not { } running)
                continue;
            // The log's wall clock onto the run's clock: both are this machine's.
            TimeSpan? OnClock(IReadOnlyDictionary<string, DateTimeOffset> logged) =>
                logged.TryGetValue(pod.Name, out var at) ? at - pod.CreateSentWall + pod.CreateSent : null;
            var sandbox = OnClock(r.SandboxLogged);
            var container = OnClock(r.ContainerLogged);
            steps[0].Values.Add(bound - pod.CreateSent);
            if (sandbox is { } s && container is { } c)
            {
                steps[1].Values.Add(s - bound);
                steps[2].Values.Add(c - s);
                steps[3].Values.Add(running - c);
            }

            if (pod.Ready is { } ready)
                steps[4].Values.Add(ready - running);
        }

        Console.WriteLine();
        Console.WriteLine("== Where the time goes (per pod; server log timestamps lined up by wall clock, same machine)");
        foreach (var (name, values) in steps)
            Percentiles(name, values, anchors: false);
    }

    public static List<TimeSpan> Latencies(IEnumerable<PodTimeline> pods, Func<PodTimeline, TimeSpan?> at) =>
        pods.Where(p => at(p) is not null).Select(p => at(p)!.Value - p.CreateSent).ToList();

    /// <summary>Nearest rank: the value at rank ceil(n * p / 100) of the sorted values.</summary>
    public static TimeSpan Percentile(IReadOnlyList<TimeSpan> values, double p)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(sorted.Length * p / 100);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static void Percentiles(string what, List<TimeSpan> values, bool anchors)
    {
        if (values.Count == 0)
        {
            Row(what, "no samples");
            return;
        }

        var p99 = Percentile(values, 99);
        var text = $"p50 {Ms(Percentile(values, 50))}  p90 {Ms(Percentile(values, 90))}  p99 {Ms(p99)}  max {Ms(values.Max())}  (n={values.Count})";
        if (anchors)
            text += string.Create(CultureInfo.InvariantCulture,
                $"  p99 vs SLO 5 s: {p99 / UpstreamSlo:F3}, vs target 1 s: {p99 / Target:F2}");
        Row(what, text);
    }

    private static void Usage(string what, NodeUsage u) =>
        Row(what, string.Create(CultureInfo.InvariantCulture,
            $"server {u.ServerCores:F3} cores, {u.ServerRssMib:F0} MiB RSS; runtime {u.RuntimeCores:F3} cores, {u.RuntimePssMib:F0} MiB PSS " +
            $"({u.RuntimeRssMib:F0} MiB RSS summed over {u.RuntimeProcesses} processes)"));

    private static string Ms(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds,6:F0} ms");

    private static string Seconds(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:F1} s");

    private static void Row(string what, string value) => Console.WriteLine($"  {what,-46} {value}");
}
