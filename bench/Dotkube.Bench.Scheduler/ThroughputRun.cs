using System.Diagnostics;
using System.Globalization;
using Dotkube.Api.Core.V1;
using Dotkube.Bench.Shared;
using Dotkube.Client;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;

namespace Dotkube.Bench.Scheduler;

/// <summary>
/// One run of a <see cref="Workload"/> against a started server: nodes, then the initial pods
/// (waited for, not measured), then the measured pods with the number bound sampled every second,
/// as scheduler_perf's throughput collector does, from the first measured create to the last bind.
/// </summary>
public sealed class ThroughputRun(DotkubeServer server, ClientOptions admin, BenchOptions options)
{
    private readonly Workload _workload = options.Workload;

    public async Task<RunResult> RunAsync(CancellationToken ct)
    {
        using var client = new KubeClient(admin);
        using var watchClient = new KubeClient(admin);
        using var metrics = new ServerMetrics(admin);
        await using var sampler = new ProcSampler(server.Pid);
        var cluster = new Cluster(client);

        var prepare = Stopwatch.StartNew();
        await cluster.CreateNodesAsync(options.Nodes, _workload.NodeLabels, options.NodeConcurrency, ct);
        await cluster.CreateNamespaceAsync(_workload.InitialNamespace, ct);
        await cluster.CreateNamespaceAsync(_workload.MeasuredNamespace, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Nodes:N0} nodes created in {prepare.Elapsed.TotalSeconds:F1} s"));

        var informers = new SharedInformerFactory(watchClient, TimeProvider.System);
        var pods = informers.For<Pod>();
        var initial = new BindCounter(pods, _workload.InitialNamespace, options.InitialPods);
        var measured = new BindCounter(pods, _workload.MeasuredNamespace, options.Pods);
        using var stopInformers = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await informers.StartAsync(stopInformers.Token);
        await informers.WaitForCacheSyncAsync(ct);

        if (options.InitialPods > 0)
        {
            var warm = Stopwatch.StartNew();
            await cluster.CreatePodsAsync(_workload.InitialNamespace, _workload.Pod, options.InitialPods, options.CreateConcurrency, ct);
            await initial.All.WaitAsync(options.Timeout, ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{options.InitialPods:N0} initial pods created and bound in {warm.Elapsed.TotalSeconds:F1} s (not measured)"));
        }

        var before = await RunSnapshot.TakeAsync(sampler, metrics, ct);
        var clock = Stopwatch.StartNew();
        using var stopSampling = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var samples = SampleAsync(clock, measured, cluster, sampler, stopSampling.Token);
        await cluster.CreatePodsAsync(_workload.MeasuredNamespace, _workload.Pod, options.Pods, options.CreateConcurrency, ct);
        var allCreated = clock.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  all {options.Pods:N0} measured pods created in {allCreated.TotalSeconds:F1} s ({options.Pods / allCreated.TotalSeconds:F0} creates/s)"));

        TimeSpan? allBound = await MeasuredRun.ReachedAsync(measured.All, clock, options.Timeout, ct) ? clock.Elapsed : null;
        var window = allBound ?? clock.Elapsed;
        var after = await RunSnapshot.TakeAsync(sampler, metrics, ct);
        await stopSampling.CancelAsync();
        var perSecond = await samples;
        var crowded = _workload.OnePodPerNode ? CrowdedNodes(pods.Lister) : (int?)null;
        await stopInformers.CancelAsync();
        await informers.ShutdownAsync();
        return new RunResult
        {
            Options = options,
            AllCreated = allCreated,
            AllBound = allBound,
            Bound = measured.Bound,
            Window = window,
            Samples = perSecond,
            CrowdedNodes = crowded,
            Before = before,
            After = after,
        };
    }

    /// <summary>Nodes running more than one of the workload's pods, from the informer's cache at the end of the run.</summary>
    private int CrowdedNodes(Lister<Pod> pods) =>
        pods.List(_workload.InitialNamespace).Concat(pods.List(_workload.MeasuredNamespace))
            .Select(p => p.Spec.NodeName)
            .OfType<string>()
            .CountBy(node => node)
            .Count(n => n.Value > 1);

    /// <summary>Binds per second, one sample per full second until the last pod is bound (the last, partial second is left out).</summary>
    private async Task<List<double>> SampleAsync(Stopwatch clock, BindCounter measured, Cluster cluster, ProcSampler sampler, CancellationToken ct)
    {
        var samples = new List<double>();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var (lastBound, lastAt) = (0, TimeSpan.Zero);
        var lastServer = sampler.Now().Server;
        try
        {
            while (measured.Bound < options.Pods && await timer.WaitForNextTickAsync(ct))
            {
                var (bound, at, server) = (measured.Bound, clock.Elapsed, sampler.Now().Server);
                var seconds = (at - lastAt).TotalSeconds;
                if (bound < options.Pods)
                    samples.Add((bound - lastBound) / seconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {at.TotalSeconds,6:F1} s  created {cluster.Created - options.InitialPods,6}  bound {bound,6}/{options.Pods}  " +
                    $"{(bound - lastBound) / seconds,6:F0} pods/s  server {(server.Cpu - lastServer.Cpu).TotalSeconds / seconds:F2} cores " +
                    $"{server.RssMib,5:F0} MiB  load {ProcStats.LoadAverage()}"));
                (lastBound, lastAt, lastServer) = (bound, at, server);
            }
        }
        catch (OperationCanceledException)
        {
        }

        return samples;
    }
}
