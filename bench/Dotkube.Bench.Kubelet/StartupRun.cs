using System.Diagnostics;
using System.Globalization;
using Dotkube.Api.Core.V1;
using Dotkube.Bench.Shared;
using Dotkube.Client;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;

namespace Dotkube.Bench.Kubelet;

/// <summary>
/// One run against a started server with its agent: wait for the node Ready with its images, the
/// runtime floor over CRI (run, then removed), then the measured pods created at the rate and
/// timed to Running and Ready on a watch, the node's CPU and RSS sampled with all of them
/// running, and finally the pods deleted.
/// </summary>
public sealed class StartupRun(DotkubeServer server, ClientOptions admin, BenchOptions options, string serverLog)
{
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan DeleteTimeout = TimeSpan.FromSeconds(120);
    private IReadOnlyList<RawPod> _raw = [];
    private StartupTracker? _tracker;

    /// <summary>The uids of every pod the run made so far (raw and through the API), for the cgroup cleanup after a run, failed or not.</summary>
    public IEnumerable<string> PodUids =>
        _raw.Select(p => p.Uid).Concat(_tracker?.Timelines.Select(p => p.Uid).OfType<string>() ?? []);

    public async Task<RunResult> RunAsync(Stopwatch sinceStart, CancellationToken ct)
    {
        using var client = new KubeClient(admin);
        using var watchClient = new KubeClient(admin);
        using var metrics = new ServerMetrics(admin);
        await using var sampler = new ProcSampler(server.Pid);
        var runtime = new RuntimeProcesses(server.DataDir, server.Pid);

        await WaitForNodeAsync(client, ct);
        var nodeReady = sinceStart.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"node {options.NodeName} Ready with pause and busybox imported {nodeReady.TotalSeconds:F1} s after the server started; " +
            $"server {sampler.Now().Server.RssMib:F0} MiB RSS, runtime {runtime.Now().PssMib:F0} MiB PSS"));
        var workload = new Workload(client, options);
        await workload.PrepareAsync(ct);

        if (options.RawPods > 0)
            _raw = await RuntimeFloorAsync(ct);

        var informers = new SharedInformerFactory(watchClient, TimeProvider.System);
        var clock = new Stopwatch();
        var tracker = _tracker = new StartupTracker(informers.For<Pod>(), Workload.Namespace, options.Pods, clock);
        using var stopInformers = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await informers.StartAsync(stopInformers.Token);
        await informers.WaitForCacheSyncAsync(ct);

        var before = await RunSnapshot.TakeAsync(sampler, metrics, ct);
        var runtimeBefore = runtime.Now();
        using var stopProgress = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var progress = ProgressAsync(clock, tracker, sampler, runtime, stopProgress.Token);
        await workload.CreatePodsAsync(tracker, clock, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  all {options.Pods} pods created in {clock.Elapsed.TotalSeconds:F1} s"));
        TimeSpan? allReady = await MeasuredRun.ReachedAsync(tracker.AllReady, clock, options.Timeout, ct) ? clock.Elapsed : null;
        var window = clock.Elapsed;
        var after = await RunSnapshot.TakeAsync(sampler, metrics, ct);
        var runtimeAfter = runtime.Now();
        await stopProgress.CancelAsync();
        await progress;

        var steady = await SteadyAsync(sampler, runtime, ct);
        var (sandboxes, containers) = KubeletLog.Read(serverLog, Workload.Namespace);
        var result = new RunResult
        {
            Options = options,
            NodeReady = nodeReady,
            Pods = tracker.Timelines,
            AllReady = allReady,
            RawPods = _raw,
            SandboxLogged = sandboxes,
            ContainerLogged = containers,
            Window = window,
            Before = before,
            After = after,
            DuringStartup = Usage(before.Server, after.Server, runtimeBefore, runtimeAfter, window),
            Steady = steady,
            SteadyWindow = options.SteadyWindow,
            MaxSampledServerRssMib = sampler.MaxServerRssMib,
        };

        var deleting = Stopwatch.StartNew();
        await workload.DeletePodsAsync(ct);
        if (await MeasuredRun.ReachedAsync(tracker.AllGone, deleting, DeleteTimeout, ct))
            result.Deleted = deleting.Elapsed;
        await stopInformers.CancelAsync();
        await informers.ShutdownAsync();
        return result;
    }

    private async Task<IReadOnlyList<RawPod>> RuntimeFloorAsync(CancellationToken ct)
    {
        var socket = Path.Combine(server.DataDir, "agent", "run", "containerd", "containerd.sock");
        var floor = new RuntimeFloor(socket, Path.Combine(server.Dir, "raw-logs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"runtime floor: {options.RawPods} sandboxes + containers straight over CRI at {options.Rate} pods/s ({socket})"));
        var clock = Stopwatch.StartNew();
        var raw = await floor.RunAsync(options.RawPods, options.Rate, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  all {raw.Count} started in {clock.Elapsed.TotalSeconds:F1} s; removing them"));
        await floor.RemoveAsync(raw, ct);
        return raw;
    }

    /// <summary>The node Ready and both images in its status, as the kubelet reports them once imported.</summary>
    private async Task WaitForNodeAsync(KubeClient client, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(NodeTimeout);
        try
        {
            while (true)
            {
                try
                {
                    var node = await client.GetAsync<Node>(null, options.NodeName, deadline.Token);
                    if (node.Status.Conditions?.Any(c => c.Type == "Ready" && c.Status == ConditionStatus.True) == true
                        && HasImage(node, "registry.k8s.io/pause:3.10") && HasImage(node, "docker.io/library/busybox:latest"))
                        return;
                }
                catch (ApiStatusException e) when (e.IsNotFound)
                {
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250), deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"node {options.NodeName} not Ready with pause and busybox within {NodeTimeout.TotalSeconds:F0} s");
        }
    }

    private static bool HasImage(Node node, string name) => node.Status.Images?.Any(i => i.Names.Contains(name)) == true;

    /// <summary>Node usage with every pod running: nothing created, only the agent's relists, leases and status.</summary>
    private async Task<NodeUsage> SteadyAsync(ProcSampler sampler, RuntimeProcesses runtime, CancellationToken ct)
    {
        var (serverBefore, _) = sampler.Now();
        var runtimeBefore = runtime.Now();
        await Task.Delay(options.SteadyWindow, ct);
        var (serverAfter, _) = sampler.Now();
        return Usage(serverBefore, serverAfter, runtimeBefore, runtime.Now(), options.SteadyWindow);
    }

    private static NodeUsage Usage(ProcStats serverBefore, ProcStats serverAfter, RuntimeReading runtimeBefore, RuntimeReading runtimeAfter,
        TimeSpan window) =>
        new((serverAfter.Cpu - serverBefore.Cpu).TotalSeconds / window.TotalSeconds, serverAfter.RssMib,
            (runtimeAfter.Cpu - runtimeBefore.Cpu).TotalSeconds / window.TotalSeconds, runtimeAfter.RssMib, runtimeAfter.PssMib,
            runtimeAfter.Processes);

    private async Task ProgressAsync(Stopwatch clock, StartupTracker tracker, ProcSampler sampler, RuntimeProcesses runtime, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        var lastServer = sampler.Now().Server;
        var lastRuntime = runtime.Now();
        var lastAt = TimeSpan.Zero;
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var (server, at, node) = (sampler.Now().Server, clock.Elapsed, runtime.Now());
                var seconds = (at - lastAt).TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {at.TotalSeconds,5:F1} s  running {tracker.Running,3}/{options.Pods}  ready {tracker.Ready,3}  " +
                    $"server {(server.Cpu - lastServer.Cpu).TotalSeconds / seconds:F2} cores {server.RssMib,4:F0} MiB  " +
                    $"runtime {(node.Cpu - lastRuntime.Cpu).TotalSeconds / seconds:F2} cores {node.PssMib,4:F0} MiB PSS ({node.Processes} processes)  " +
                    $"load {ProcStats.LoadAverage()}"));
                (lastServer, lastRuntime, lastAt) = (server, node, at);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
