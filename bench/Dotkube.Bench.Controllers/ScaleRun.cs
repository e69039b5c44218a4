using System.Diagnostics;
using Dotkube.Bench.Shared;
using Dotkube.Client;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Testing.HollowNodes;

namespace Dotkube.Bench.Controllers;

/// <summary>
/// One scale run against a started server: hollow nodes up, namespaces ready, then the clock
/// starts at the first Deployment create and stops when the last Deployment is available, with
/// progress lines meanwhile and CPU/RSS of the server and of this process at both ends.
/// </summary>
public sealed class ScaleRun(DotkubeServer server, ClientOptions admin, BenchOptions options)
{
    public async Task<RunResult> RunAsync(CancellationToken ct)
    {
        // The hollow kubelets get a connection pool of their own, as real kubelets would not share the load's.
        using var nodeClient = new KubeClient(admin);
        using var client = new KubeClient(admin);
        using var metrics = new ServerMetrics(admin);
        await using var sampler = new ProcSampler(server.Pid);

        var started = Stopwatch.StartNew();
        await using var nodes = await HollowNodeSet.StartAsync(nodeClient,
            new HollowNodeOptions { Count = options.Nodes, NamePrefix = "hollow", Workers = options.HollowWorkers }, ct: ct);
        var workload = new Workload(client, options);
        await workload.PrepareAsync(ct);
        var informers = new SharedInformerFactory(client, TimeProvider.System);
        var clock = new Stopwatch();
        var tracker = new AvailabilityTracker(informers, options.Deployments, clock);
        using var stopInformers = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await informers.StartAsync(stopInformers.Token);
        await informers.WaitForCacheSyncAsync(ct);
        var before = await RunSnapshot.TakeAsync(sampler, metrics, ct);
        Console.WriteLine($"{options.Nodes} hollow nodes registered and {options.Namespaces} namespaces ready in {started.Elapsed.TotalSeconds:F1} s; " +
                          $"server so far: {before.Server.Cpu.TotalSeconds:F1} s CPU, {before.Server.RssMib:F0} MiB RSS");

        using var stopProgress = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var progress = ProgressAsync(clock, workload, tracker, sampler, metrics, stopProgress.Token);
        var allCreated = await workload.CreateDeploymentsAsync(clock, ct);
        Console.WriteLine($"  all {options.Deployments:N0} Deployments created in {allCreated.TotalSeconds:F1} s");

        TimeSpan? allAvailable = await MeasuredRun.ReachedAsync(tracker.AllAvailable, clock, options.Timeout, ct) ? await tracker.AllAvailable : null;
        var window = allAvailable ?? clock.Elapsed;
        var after = await RunSnapshot.TakeAsync(sampler, metrics, ct);
        await stopProgress.CancelAsync();
        await progress;
        await stopInformers.CancelAsync();
        await informers.ShutdownAsync();
        return new RunResult
        {
            Deployments = options.Deployments,
            Pods = options.Pods,
            Nodes = options.Nodes,
            AllCreated = allCreated,
            AllAvailable = allAvailable,
            Window = window,
            Before = before,
            After = after,
            MaxSampledServerRssMib = sampler.MaxServerRssMib,
        };
    }

    private async Task ProgressAsync(Stopwatch clock, Workload workload, AvailabilityTracker tracker, ProcSampler sampler,
        ServerMetrics metrics, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.ProgressSeconds));
        var (lastServer, lastSelf) = sampler.Now();
        var lastAt = clock.Elapsed;
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var (server, self) = sampler.Now();
                var at = clock.Elapsed;
                var seconds = (at - lastAt).TotalSeconds;
                var trace = options.Trace ? await TraceAsync(metrics, ct) : null;
                Report.Progress(at, workload.Created, options.Deployments, tracker.Progress(), options.Pods,
                    ((server.Cpu - lastServer.Cpu).TotalSeconds / seconds, server.RssMib), (self.Cpu - lastSelf.Cpu).TotalSeconds / seconds, trace);
                (lastServer, lastSelf, lastAt) = (server, self, at);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task<string> TraceAsync(ServerMetrics metrics, CancellationToken ct)
    {
        try
        {
            var snapshot = await metrics.ScrapeAsync(ct);
            var inFlight = string.Join(", ", snapshot.InFlight.Select(p => $"{p.Key} {p.Value:F0}"));
            return $"\n           queues: {snapshot.Depths()}; in flight: {inFlight}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return "\n           /metrics did not answer";
        }
    }
}
