using Dotkube.Api.Core.V1;
using Dotkube.Client.Events;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Lifecycle;
using Dotkube.Kubelet.Probes;
using Dotkube.Kubelet.Volumes;
using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// The kubelet's pod lifecycle for one node: watches the pods bound to it (field selector
/// spec.nodeName), syncs each on its own worker keyed by uid (one sync per pod at a time, many
/// pods at once) when the API changes it or when the relist sees its containers change, and
/// writes their status. Everything it knows comes from the API and the runtime's labels, so a
/// restarted agent takes over running pods without restarting them.
/// </summary>
public sealed partial class PodManager
{
    private const string UidIndex = "uid";

    private readonly RuntimeServiceClient _runtime;
    private readonly PodManagerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SharedInformerFactory _informers;
    private readonly SharedInformer<Pod> _pods;
    private readonly PodWorker _worker;
    private readonly Controller<string> _controller;
    private readonly Relister _relister;
    private readonly EventRecorder _events;
    private readonly ProbeManager _probes;
    private readonly SharedInformer<Service> _services;
    private readonly VolumeManager _volumes;
    private readonly HookRunner _hooks;
    private readonly SharedInformer<Api.Core.V1.Node> _node;

    public PodManager(KubeClient client, RuntimeServiceClient runtime, ImageServiceClient images, PodManagerOptions options,
        TimeProvider time, ILoggerFactory loggers)
    {
        options.Validate();
        _runtime = runtime;
        _options = options;
        _time = time;
        _logger = loggers.CreateLogger<PodManager>();
        _informers = new SharedInformerFactory(client, time, loggers);
        _pods = _informers.For<Pod>(new InformerScope(FieldSelector: $"spec.nodeName={options.NodeName}"));
        _pods.AddIndex(UidIndex, pod => pod.Metadata.Uid is { Length: > 0 } uid ? [uid] : []);
        var status = new StatusManager(client, loggers.CreateLogger<StatusManager>());
        // Service links need every service (upstream's kubelet service informer).
        _services = _informers.For<Service>();
        _volumes = new VolumeManager(client, options.KubeletRoot, options.Allocatable(), time, loggers.CreateLogger<VolumeManager>());
        _events = new EventRecorder(client, new EventRecorderOptions { Component = "kubelet", Host = options.NodeName }, time,
            loggers.CreateLogger<EventRecorder>());
        // A changed probe result syncs the pod: a failed liveness probe restarts, readiness updates the status.
        _probes = new ProbeManager(Prober.For(runtime, time, _events, loggers.CreateLogger<Prober>()), time, loggers.CreateLogger<ProbeManager>(),
            SyncSoon);
        var config = new PodConfigSource(client, _volumes, () => _services.Lister.List(), _events);
        _hooks = HookRunner.For(runtime, time);
        // Admission compares with the node's allocatable as registered, the scheduler's view too.
        _node = _informers.For<Api.Core.V1.Node>(new InformerScope(FieldSelector: $"metadata.name={options.NodeName}"));
        var admitter = new PodAdmitter(() => _pods.Lister.List(), () => _node.Lister.List().FirstOrDefault(), options.Allocatable());
        _worker = new PodWorker(FindPod, runtime, images, status, _probes, options, time, loggers.CreateLogger<PodWorker>(), config, _hooks,
            admitter);
        _controller = new Controller<string>("pod-workers", _worker, time, _logger, new ControllerOptions { Workers = options.Workers });
        _relister = new Relister(runtime);
        _pods.AddEventHandler((pod, _) => Enqueue(pod), (_, pod) => Enqueue(pod), Enqueue);
    }

    /// <summary>Runs until <paramref name="ct"/> is cancelled: syncs the informer, then the pod workers and the relist.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        var version = await _runtime.VersionAsync(ct);
        _worker.RuntimeName = version.RuntimeName;
        await _informers.StartAsync(ct);
        await _pods.WaitForSyncAsync(ct);
        // As upstream, service links wait until services were read once (a pod must not miss KUBERNETES_SERVICE_HOST).
        await _services.WaitForSyncAsync(ct);
        _volumes.TearDownOrphans(_pods.Lister.List().Select(p => p.Metadata.Uid ?? "").ToHashSet(StringComparer.Ordinal));
        LogStarted(_logger, _options.NodeName, version.RuntimeName, version.RuntimeVersion);
        var workers = Task.Run(() => _controller.RunAsync(ct), CancellationToken.None);
        try
        {
            await RelistLoopAsync(ct);
        }
        finally
        {
            await workers;
            _probes.Dispose();
            _hooks.Dispose();
            await _informers.ShutdownAsync();
            await _events.DisposeAsync();
        }
    }

    private async Task RelistLoopAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(_options.RelistPeriod, _time);
        do
        {
            try
            {
                foreach (var uid in await _relister.RelistAsync(ct))
                    _controller.Queue.Add(uid);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                LogRelistFailed(_logger, e);
            }
        }
        while (await WaitAsync(timer, ct));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>This node's pod of that namespace and name, as the informer has it (with the status last seen), or null.</summary>
    public Pod? GetPod(string ns, string name) => _pods.Indexer.Get(ns, name);

    private Pod? FindPod(string uid) => _pods.Indexer.ByIndex(UidIndex, uid).FirstOrDefault();

    private void SyncSoon(string uid) => _controller.Queue.Add(uid);

    private void Enqueue(Pod pod)
    {
        if (pod.Metadata.Uid is not { Length: > 0 } uid)
            return;
        if (pod.Metadata.DeletionTimestamp is not null)
            _worker.PodTerminating(uid);
        _controller.Queue.Add(uid);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Running the pods of node {Node} on {RuntimeName} {RuntimeVersion}")]
    private static partial void LogStarted(ILogger logger, string node, string runtimeName, string runtimeVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Relisting the runtime's containers failed")]
    private static partial void LogRelistFailed(ILogger logger, Exception exception);
}
