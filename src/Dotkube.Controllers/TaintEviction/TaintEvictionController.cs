using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Events;
using Dotkube.Client.Informers;
using Dotkube.Client.Runtime;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.TaintEviction;

/// <summary>
/// The taint eviction controller (kube-controller-manager's "taint-eviction-controller",
/// pkg/controller/tainteviction): pods bound to a node with NoExecute taints are deleted at once
/// when they do not tolerate every such taint, after the least tolerationSeconds of the
/// tolerations that match when they do (measured from when this controller saw the taint or the
/// pod, as upstream), and never when those tolerations set no seconds. A scheduled eviction is
/// cancelled when the taints go or the pod comes to tolerate them forever. Deletion is a normal
/// (graceful) DELETE after a DisruptionTarget condition, with a TaintManagerEviction event.
/// <para>
/// Work queue keys are node names (re-judge every pod on the node) or "namespace/name" pod keys
/// (re-judge one pod); node names never contain a slash. Decisions are taken one at a time from
/// the informer caches, so a node change and a pod change never interleave; deletions run apart,
/// in a second queue fed by the eviction timers.
/// </para>
/// </summary>
public sealed partial class TaintEvictionController : IManagedController, IReconciler<string>
{
    public const string ControllerName = "taint-eviction-controller";

    private readonly ControllerContext _ctx;
    private readonly SharedInformer<Node> _nodes;
    private readonly SharedInformer<Pod> _pods;
    private readonly Controller<string> _controller;
    private readonly Controller<string> _deleter;
    private readonly EvictionSchedule _schedule;
    private readonly EventRecorder _events;
    private readonly ILogger _logger;

    /// <summary>Serializes decisions, as upstream hashes a node's updates and its pods' to one worker.</summary>
    private readonly Lock _gate = new();

    public TaintEvictionController(ControllerContext ctx)
    {
        _ctx = ctx;
        _logger = ctx.Loggers.CreateLogger<TaintEvictionController>();
        _events = ctx.Events(ControllerName);
        _nodes = ctx.Informers.For<Node>();
        _pods = ctx.Informers.For<Pod>();
        var workers = new ControllerOptions { Workers = ctx.Options.ConcurrentSyncs };
        _controller = new Controller<string>(ControllerName, this, ctx.Time, _logger, workers, ctx.Metrics);
        _deleter = new Controller<string>(ControllerName + "-deleter", new Deleter(this), ctx.Time, _logger, workers, ctx.Metrics);
        _schedule = new EvictionSchedule(ctx.Time, _deleter.Queue.Add);
        _nodes.AddEventHandler((node, _) => NodeChanged(null, node), NodeChanged, node => NodeChanged(node, null));
        _pods.AddEventHandler((pod, _) => PodChanged(null, pod), PodChanged, pod => PodChanged(pod, null));
    }

    public string Name => ControllerName;

    /// <summary>Evictions scheduled or running (for tests).</summary>
    internal int PendingEvictions => _schedule.Count;

    public async Task RunAsync(CancellationToken ct)
    {
        if (!await _nodes.WaitForSyncAsync(ct).ConfigureAwait(false) || !await _pods.WaitForSyncAsync(ct).ConfigureAwait(false))
            return;
        try
        {
            await Task.WhenAll(_controller.RunAsync(ct), _deleter.RunAsync(ct)).ConfigureAwait(false);
        }
        finally
        {
            _schedule.Dispose();
        }
    }

    public Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct)
    {
        var (ns, name) = ObjectKeys.Split(key);
        lock (_gate)
        {
            if (ns is null)
                HandleNode(name);
            else
                HandlePod(ns, name, key);
        }

        return Task.FromResult(ReconcileResult.Success);
    }

    private DateTimeOffset Now => _ctx.Time.GetUtcNow();

    /// <summary>Only a change of the NoExecute taints matters (upstream NodeUpdated).</summary>
    private void NodeChanged(Node? old, Node? node)
    {
        if (old is not null && node is not null && SameTaints(Tolerations.NoExecute(old), Tolerations.NoExecute(node)))
            return;
        _controller.Queue.Add((node ?? old)!.Metadata.Name!);
    }

    /// <summary>Only a change of the tolerations or the node matters (upstream PodUpdated).</summary>
    private void PodChanged(Pod? old, Pod? pod)
    {
        if (old is not null && pod is not null && old.Spec.NodeName == pod.Spec.NodeName
            && SameTolerations(old.Spec.Tolerations ?? [], pod.Spec.Tolerations ?? []))
            return;
        _controller.Queue.Add(ObjectKeys.Of((pod ?? old)!));
    }

    /// <summary>Upstream handleNodeUpdate: every pod on the node is judged against its current NoExecute taints.</summary>
    private void HandleNode(string name)
    {
        var node = _nodes.Lister.Get(null, name);
        if (node is null)
            return; // its pods go with it (pod garbage collection), nothing to cancel
        var taints = Tolerations.NoExecute(node);
        var now = Now;
        foreach (var pod in _pods.Indexer.ByIndex(Indexers.NodeName, name))
        {
            var key = ObjectKeys.Of(pod);
            if (taints.Count == 0)
                CancelWithEvent(key);
            else
                ProcessPod(key, pod, taints, now);
        }
    }

    /// <summary>Upstream handlePodUpdate: a pod gone cancels its eviction; one on a tainted node is judged.</summary>
    private void HandlePod(string ns, string name, string key)
    {
        var pod = _pods.Lister.Get(ns, name);
        if (pod is null)
        {
            CancelWithEvent(key);
            return;
        }

        if (string.IsNullOrEmpty(pod.Spec.NodeName))
            return;
        var taints = Tolerations.NoExecute(_nodes.Lister.Get(null, pod.Spec.NodeName));
        // An untainted (or deleted) node has already cancelled what needed cancelling.
        if (taints.Count > 0)
            ProcessPod(key, pod, taints, Now);
    }

    /// <summary>Upstream processPodOnNode.</summary>
    private void ProcessPod(string key, Pod pod, List<Taint> taints, DateTimeOffset now)
    {
        if (!Tolerations.AllTolerated(taints, pod.Spec.Tolerations, out var used))
        {
            LogNotTolerated(_logger, key, pod.Spec.NodeName!);
            CancelWithEvent(key);
            _schedule.Add(key, now, now);
            return;
        }

        if (Tolerations.MinTolerationTime(used) is not { } min)
        {
            CancelWithEvent(key);
            return;
        }

        var trigger = now + min;
        var createdAt = now;
        if (_schedule.CreatedAt(key) is { } scheduled)
        {
            // An eviction already counting down keeps its start, so repeated updates never postpone it.
            createdAt = scheduled;
            if (scheduled + min < trigger)
                return;
            CancelWithEvent(key);
        }

        _schedule.Add(key, createdAt, trigger);
    }

    private void CancelWithEvent(string key)
    {
        if (_schedule.Cancel(key))
            _events.Event(PodRef(key), EventType.Normal, "TaintManagerEviction", "Cancelling deletion of Pod {0}", key);
    }

    /// <summary>The pod as upstream's events name it: by namespace and name only, for a pod that may be gone.</summary>
    private static Pod PodRef(string key)
    {
        var (ns, name) = ObjectKeys.Split(key);
        return new Pod { Metadata = new ObjectMeta { Namespace = ns, Name = name } };
    }

    private static bool SameTaints(List<Taint> a, List<Taint> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Key == p.Second.Key && (p.First.Value ?? "") == (p.Second.Value ?? "")
            && p.First.Effect == p.Second.Effect && p.First.TimeAdded == p.Second.TimeAdded);

    private static bool SameTolerations(List<Toleration> a, List<Toleration> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Key == p.Second.Key && p.First.Operator == p.Second.Operator
            && p.First.Value == p.Second.Value && p.First.Effect == p.Second.Effect && p.First.TolerationSeconds == p.Second.TolerationSeconds);
}
