using System.Collections.Concurrent;
using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;
using Dotkube.Client.Events;
using Dotkube.Client.Informers;
using Dotkube.Client.Runtime;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.NodeLifecycle;

/// <summary>
/// The node lifecycle controller (kube-controller-manager's "nodelifecycle",
/// pkg/controller/nodelifecycle). Three loops:
/// <list type="bullet">
/// <item>Every --node-monitor-period it judges each node's health from its Lease in
/// kube-node-lease and its Ready heartbeat; a node heard from by neither for
/// --node-monitor-grace-period gets every kubelet condition set to Unknown, its pods marked not
/// ready, and is queued for a NoExecute taint (unreachable when Ready is Unknown, not-ready when
/// False); a Ready node loses those taints. It also computes each zone's state, which sets the
/// zone's tainting rate, and stops tainting (and removes the taints) when every zone is down:
/// then the fault is more likely the control plane's than the nodes'.</item>
/// <item>Every 100 ms it drains the per-zone taint queues at their rates (--node-eviction-rate).</item>
/// <item>On node and pod changes (a work queue): the NoSchedule taints that mirror node
/// conditions and spec.unschedulable (TaintNodesByCondition), the beta os/arch labels, and pods
/// newly bound to a node that is not ready are marked not ready.</item>
/// </list>
/// Evicting pods from NoExecute-tainted nodes is the taint eviction controller's job. Work queue
/// keys are node names or "namespace/name" pod keys: node names never contain a slash.
/// </summary>
public sealed partial class NodeLifecycleController : IManagedController, IReconciler<string>
{
    public const string ControllerName = "nodelifecycle";

    /// <summary>The source component of its events, as upstream.</summary>
    public const string EventComponent = "node-controller";

    public const string NodeLeaseNamespace = "kube-node-lease";

    /// <summary>
    /// --node-startup-grace-period (default 1 m): the grace of a node whose kubelet never posted
    /// Ready. Fixed at upstream's default: unlike kube-controller-manager, dotkube has no flag for it.
    /// </summary>
    internal static readonly TimeSpan NodeStartupGracePeriod = TimeSpan.FromMinutes(1);

    /// <summary>How often the taint queues are drained (upstream's NodeEvictionPeriod).</summary>
    internal static readonly TimeSpan TaintingPeriod = TimeSpan.FromMilliseconds(100);

    /// <summary>Nodes checked in parallel per pass (upstream's nodeUpdateWorkerSize).</summary>
    private const int MonitorWorkers = 8;

    private readonly ControllerContext _ctx;
    private readonly SharedInformer<Node> _nodes;
    private readonly SharedInformer<Lease> _leases;
    private readonly SharedInformer<Pod> _pods;
    private readonly Controller<string> _controller;
    private readonly EventRecorder _events;
    private readonly ILogger _logger;
    private readonly NodeHealthMap _health = new();
    private readonly ConcurrentDictionary<string, byte> _nodesToRetry = new(StringComparer.Ordinal);

    /// <summary>Guards <see cref="_zoneTainters"/>, which the monitor and tainting loops share.</summary>
    private readonly Lock _evictorLock = new();
    private readonly Dictionary<string, NodeTaintQueue> _zoneTainters = new(StringComparer.Ordinal);

    // Owned by the monitor loop alone.
    private readonly Dictionary<string, Node> _knownNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ZoneState> _zoneStates = new(StringComparer.Ordinal);

    public NodeLifecycleController(ControllerContext ctx)
    {
        _ctx = ctx;
        _logger = ctx.Loggers.CreateLogger<NodeLifecycleController>();
        _events = ctx.Events(EventComponent);
        _nodes = ctx.Informers.For<Node>();
        _leases = ctx.Informers.For<Lease>(new InformerScope(NodeLeaseNamespace));
        _pods = ctx.Informers.For<Pod>();
        _controller = new Controller<string>(ControllerName, this, ctx.Time, _logger,
            new ControllerOptions { Workers = ctx.Options.ConcurrentSyncs }, ctx.Metrics);
        _nodes.AddEventHandler(
            (node, _) => _controller.Queue.Add(node.Metadata.Name!),
            (_, node) => _controller.Queue.Add(node.Metadata.Name!),
            node => _nodesToRetry.TryRemove(node.Metadata.Name!, out _));
        _pods.AddEventHandler((pod, _) => PodChanged(null, pod), PodChanged);
    }

    public string Name => ControllerName;

    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var informer in new ISharedInformer[] { _nodes, _leases, _pods })
        {
            if (!await informer.WaitForSyncAsync(ct).ConfigureAwait(false))
                return;
        }

        await Task.WhenAll(
            _controller.RunAsync(ct),
            EveryAsync(TaintingPeriod, DoNoExecuteTaintingPassAsync, ct),
            EveryAsync(_ctx.Options.NodeMonitorPeriod, MonitorNodeHealthAsync, ct)).ConfigureAwait(false);
    }

    public Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct)
    {
        var (ns, name) = ObjectKeys.Split(key);
        return ns is null ? ReconcileNodeAsync(name, ct) : ReconcilePodAsync(ns, name, ct);
    }

    private DateTimeOffset Now => _ctx.Time.GetUtcNow();

    /// <summary>Pods newly bound to a node (upstream podUpdated): if the node is not ready they must not look ready.</summary>
    private void PodChanged(Pod? old, Pod pod)
    {
        if (!string.IsNullOrEmpty(pod.Spec.NodeName) && (old is null || old.Spec.NodeName != pod.Spec.NodeName))
            _controller.Queue.Add(ObjectKeys.Of(pod));
    }

    /// <summary>Runs <paramref name="pass"/> now and then every <paramref name="period"/> on the injected clock, until cancelled.</summary>
    private async Task EveryAsync(TimeSpan period, Func<CancellationToken, Task> pass, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(period, _ctx.Time);
        try
        {
            do
            {
                try
                {
                    await pass(ct).ConfigureAwait(false);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    LogPassFailed(_logger, e);
                }
            }
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>An event about a node's status, as upstream's RecordNodeStatusChange.</summary>
    private void RecordNodeStatusChange(Node node, string type, string status) =>
        _events.Event(node, type, status, "Node {0} status is now: {1}", node.Metadata.Name, status);

    private static T Copy<T>(T obj) => KubeJson.Deserialize<T>(KubeJson.Serialize(obj));
}
