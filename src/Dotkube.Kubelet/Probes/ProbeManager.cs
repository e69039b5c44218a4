using System.Collections.Concurrent;
using Dotkube.Api.Core.V1;
using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Probes;

/// <summary>
/// The kubelet's probes (upstream's prober manager): one <see cref="ProbeWorker"/> per probe per
/// container of a pod, results per probe kind, and what they mean for the pod. The pod worker
/// adds a pod's probes when it syncs it (<see cref="AddPod"/>), hands over each status it
/// computes (<see cref="SetStatus"/>: the workers read the container ids, states and the pod IP
/// from it), asks which containers are started and ready (<see cref="UpdateContainerStatuses"/>)
/// and which must be killed (<see cref="FailedProbe"/>), and removes the pod when it is gone. Any
/// change of a result calls back with the pod's uid so its pod worker syncs again.
/// </summary>
public sealed partial class ProbeManager : IDisposable
{
    private readonly ConcurrentDictionary<(string Uid, string Container, ProbeKind Kind), ProbeWorker> _workers = new();
    private readonly ConcurrentDictionary<string, (Pod Pod, PodStatus Status)> _pods = new();
    private readonly Lock _lock = new();
    private readonly Random _random;
    private readonly bool _runWorkers;
    private readonly ILogger _logger;

    /// <param name="podChanged">Called with a pod's uid when one of its probe results changes.</param>
    /// <param name="random">Spreads the first probes after an agent start; defaults to <see cref="Random.Shared"/>.</param>
    public ProbeManager(IContainerProber prober, TimeProvider time, ILogger logger, Action<string> podChanged, Random? random = null)
        : this(prober, time, logger, podChanged, random, runWorkers: true)
    {
    }

    /// <summary>With <paramref name="runWorkers"/> false, workers are created but never run: tests call <see cref="ProbeWorker.ProbeOnceAsync"/>.</summary>
    internal ProbeManager(IContainerProber prober, TimeProvider time, ILogger logger, Action<string> podChanged, Random? random, bool runWorkers)
    {
        Prober = prober;
        Time = time;
        _logger = logger;
        _random = random ?? Random.Shared;
        _runWorkers = runWorkers;
        StartedAt = time.GetUtcNow();
        Liveness = new ProbeResults(podChanged);
        Readiness = new ProbeResults(podChanged);
        Startup = new ProbeResults(podChanged);
    }

    public ProbeResults Liveness { get; }

    public ProbeResults Readiness { get; }

    public ProbeResults Startup { get; }

    internal IContainerProber Prober { get; }

    internal TimeProvider Time { get; }

    internal DateTimeOffset StartedAt { get; }

    /// <summary>Starts the workers of the pod's probes that do not run yet (upstream's AddPod).</summary>
    public void AddPod(Pod pod)
    {
        var uid = pod.Metadata.Uid ?? "";
        foreach (var container in pod.Spec.Containers)
        {
            Add(uid, container, ProbeKind.Startup, container.StartupProbe);
            Add(uid, container, ProbeKind.Readiness, container.ReadinessProbe);
            Add(uid, container, ProbeKind.Liveness, container.LivenessProbe);
        }
    }

    /// <summary>
    /// The pod and the status its last sync computed, for the workers; readiness workers of running
    /// containers that are not ready yet probe at once, as upstream's manual trigger.
    /// </summary>
    public void SetStatus(Pod pod, PodStatus status)
    {
        var uid = pod.Metadata.Uid ?? "";
        _pods[uid] = (pod, status);
        foreach (var container in status.ContainerStatuses ?? [])
        {
            if (container.State.Running is not null && container.Started == true && !container.Ready
                && _workers.TryGetValue((uid, container.Name, ProbeKind.Readiness), out var worker))
                worker.Trigger();
        }
    }

    /// <summary>A pod shutting down keeps its readiness probes only (upstream's StopLivenessAndStartup).</summary>
    public void StopLivenessAndStartup(string uid)
    {
        foreach (var (key, worker) in _workers)
        {
            if (key.Uid == uid && key.Kind != ProbeKind.Readiness)
                Stop(worker);
        }
    }

    /// <summary>Stops every worker of the pod and forgets it (upstream's RemovePod).</summary>
    public void RemovePod(string uid)
    {
        foreach (var (key, worker) in _workers)
        {
            if (key.Uid == uid)
                Stop(worker);
        }

        _pods.TryRemove(uid, out _);
    }

    /// <summary>
    /// Sets started and ready of the pod's container statuses from the probes, as upstream's
    /// UpdatePodStatus: a running container is started once its startup probe succeeded (at once
    /// without one) and ready once started and its readiness probe succeeded (at once without one);
    /// a container that does not run is neither. An init container is ready once it exited 0.
    /// </summary>
    public void UpdateContainerStatuses(string uid, IReadOnlyList<ContainerStatus> initStatuses, IReadOnlyList<ContainerStatus> statuses)
    {
        foreach (var status in statuses)
        {
            var running = status.State.Running is not null;
            var id = RuntimeId(status.ContainerID ?? "");
            var started = running && (Startup.TryGet(id, out var startup) ? startup == ProbeResult.Success : !Has(uid, status.Name, ProbeKind.Startup));
            status.Started = started;
            status.Ready = started
                           && (Readiness.TryGet(id, out var ready) ? ready == ProbeResult.Success : !Has(uid, status.Name, ProbeKind.Readiness));
        }

        foreach (var status in initStatuses)
        {
            status.Started = status.State.Running is not null;
            status.Ready = status.State.Terminated is { ExitCode: 0 };
        }
    }

    /// <summary>
    /// Liveness or Startup when that probe failed the running container <paramref name="containerId"/>,
    /// which must then be killed (upstream's computePodActions checks liveness first); else null.
    /// </summary>
    public ProbeKind? FailedProbe(string containerId)
    {
        if (Liveness.TryGet(containerId, out var live) && live == ProbeResult.Failure)
            return ProbeKind.Liveness;
        if (Startup.TryGet(containerId, out var startup) && startup == ProbeResult.Failure)
            return ProbeKind.Startup;
        return null;
    }

    public void Dispose()
    {
        foreach (var worker in _workers.Values)
            Stop(worker);
        (Prober as IDisposable)?.Dispose();
    }

    /// <summary>The id CRI knows a container by: the status's containerID without its runtime:// prefix.</summary>
    internal static string RuntimeId(string statusId) =>
        statusId.IndexOf("://", StringComparison.Ordinal) is var at and >= 0 ? statusId[(at + 3)..] : statusId;

    internal ProbeWorker? Worker(string uid, string container, ProbeKind kind) => _workers.GetValueOrDefault((uid, container, kind));

    internal (Pod Pod, PodStatus Status)? Snapshot(string uid) => _pods.TryGetValue(uid, out var entry) ? entry : null;

    internal ProbeResults ResultsOf(ProbeKind kind) => kind switch
    {
        ProbeKind.Liveness => Liveness,
        ProbeKind.Readiness => Readiness,
        _ => Startup,
    };

    internal double NextJitter()
    {
        lock (_lock) return _random.NextDouble();
    }

    internal void RemoveWorker(ProbeWorker worker) =>
        _workers.TryRemove(new KeyValuePair<(string, string, ProbeKind), ProbeWorker>((worker.PodUid, worker.Container.Name, worker.Kind), worker));

    internal void WorkerFailed(ProbeWorker worker, Exception e) => LogWorkerFailed(_logger, worker.Kind, worker.Container.Name, worker.PodUid, e);

    private bool Has(string uid, string container, ProbeKind kind) => _workers.ContainsKey((uid, container, kind));

    private void Add(string uid, Container container, ProbeKind kind, Probe? probe)
    {
        if (probe is null)
            return;
        lock (_lock)
        {
            if (_workers.ContainsKey((uid, container.Name, kind)))
                return;
            var worker = new ProbeWorker(this, kind, uid, container, probe);
            _workers[(uid, container.Name, kind)] = worker;
            if (_runWorkers)
                _ = worker.Start();
        }
    }

    private void Stop(ProbeWorker worker)
    {
        worker.Stop();
        if (!_runWorkers)
            RemoveWorker(worker); // no loop to remove it
    }
}
