using Dotkube.Api.Core.V1;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.NodeLifecycle;

public sealed partial class NodeLifecycleController
{
    /// <summary>Upstream's NodeHealthUpdateRetry: tries per node and pass to post its status.</summary>
    private const int HealthUpdateAttempts = 5;

    /// <summary>One health pass over every node (upstream monitorNodeHealth).</summary>
    private async Task MonitorNodeHealthAsync(CancellationToken ct)
    {
        var nodes = _nodes.Lister.List();
        await ClassifyNodesAsync(nodes, ct).ConfigureAwait(false);

        var zoneConditions = new Dictionary<string, List<NodeCondition?>>(StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = MonitorWorkers, CancellationToken = ct };
        await Parallel.ForEachAsync(nodes, options, async (node, c) =>
        {
            var (zone, ready) = await MonitorNodeAsync(node, c).ConfigureAwait(false);
            if (zone is null)
                return;
            lock (zoneConditions)
            {
                if (!zoneConditions.TryGetValue(zone, out var list))
                    zoneConditions[zone] = list = [];
                list.Add(ready);
            }
        }).ConfigureAwait(false);

        await HandleDisruptionAsync(zoneConditions, nodes, ct).ConfigureAwait(false);
    }

    /// <summary>New nodes are registered (and lose stale NoExecute taints), deleted ones forgotten, new zones get a taint queue.</summary>
    private async Task ClassifyNodesAsync(IReadOnlyList<Node> nodes, CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var name = node.Metadata.Name!;
            seen.Add(name);
            AddTainterForZone(node);
            if (_knownNodes.ContainsKey(name))
                continue;
            LogNewNode(_logger, name);
            _events.Event(node, EventType.Normal, "RegisteredNode", "Node {0} event: Registered Node {0} in Controller", name);
            _knownNodes[name] = node;
            await MarkNodeAsReachableAsync(node, ct).ConfigureAwait(false);
        }

        foreach (var (name, node) in _knownNodes.Where(k => !seen.Contains(k.Key)).ToList())
        {
            LogNodeDeleted(_logger, name);
            _events.Event(node, EventType.Normal, "RemovingNode", "Node {0} event: Removing Node {0} from Controller", name);
            _knownNodes.Remove(name);
            _health.Forget(name);
        }
    }

    /// <summary>One node of a pass; returns its zone (null when it does not count towards one) and its Ready condition now.</summary>
    private async Task<(string? Zone, NodeCondition? Ready)> MonitorNodeAsync(Node cached, CancellationToken ct)
    {
        var name = cached.Metadata.Name!;
        var node = cached; // copied only when a stale status is about to be written
        HealthObservation observation;
        NodeCondition? current;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                (observation, current) = await TryUpdateNodeHealthAsync(node, ct).ConfigureAwait(false);
                break;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                if (attempt == HealthUpdateAttempts)
                {
                    LogHealthUpdateFailed(_logger, e, name);
                    return (null, null);
                }

                try
                {
                    node = await _ctx.Client.GetAsync<Node>(null, name, ct).ConfigureAwait(false);
                }
                catch (ApiStatusException notFound) when (notFound.IsNotFound)
                {
                    return (null, null);
                }
            }
        }

        var zone = node.Metadata.Labels?.ContainsKey(Zones.ExcludeDisruptionLabel) == true ? null : Zones.KeyOf(node);
        if (current is null)
        {
            _nodesToRetry.TryRemove(name, out _);
            return (zone, null);
        }

        await ProcessTaintBasedEvictionAsync(node, observation.Observed, ct).ConfigureAwait(false);
        var becameNotReady = current.Status != ConditionStatus.True && observation.Observed.Status == ConditionStatus.True;
        if (becameNotReady)
            RecordNodeStatusChange(node, EventType.Normal, "NodeNotReady");
        if (becameNotReady || (_nodesToRetry.ContainsKey(name) && observation.Observed.Status != ConditionStatus.True))
        {
            try
            {
                await MarkPodsNotReadyAsync(_pods.Indexer.ByIndex(Indexers.NodeName, name), name, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                LogMarkPodsNotReadyFailed(_logger, e, name);
                _nodesToRetry[name] = 0;
                return (zone, current);
            }
        }

        _nodesToRetry.TryRemove(name, out _);
        return (zone, current);
    }

    /// <summary>
    /// Upstream tryUpdateNodeHealth: folds the node's heartbeat and lease into the health map and,
    /// when it is stale, posts its kubelet conditions as Unknown through the status subresource.
    /// Returns the Ready condition as observed and as it is now.
    /// </summary>
    private async Task<(HealthObservation Observation, NodeCondition? Current)> TryUpdateNodeHealthAsync(Node node, CancellationToken ct)
    {
        var name = node.Metadata.Name!;
        var now = Now;
        var observation = _health.Observe(node, _leases.Lister.Get(NodeLeaseNamespace, name), now,
            _ctx.Options.NodeMonitorGracePeriod, NodeStartupGracePeriod);
        var current = NodeHealthMap.ReadyOf(node.Status);
        if (!observation.Stale)
            return (observation, current);

        node = Copy(node); // the cached object is shared: mark a copy (only its status differs from the caller's)
        StaleNodeStatus.MarkUnknown(node, now);
        current = NodeHealthMap.ReadyOf(node.Status);
        if (!NodeHealthMap.SameCondition(current, observation.Observed))
        {
            LogNodeUnknown(_logger, name, observation.GracePeriod);
            await _ctx.Client.UpdateStatusAsync(node, ct: ct).ConfigureAwait(false);
            _health.Posted(name, current!, now);
        }

        return (observation, current);
    }

    /// <summary>Upstream processTaintBaseEviction: queue an unhealthy node for its NoExecute taint, or untaint a healthy one.</summary>
    private async Task ProcessTaintBasedEvictionAsync(Node node, NodeCondition observed, CancellationToken ct)
    {
        switch (observed.Status)
        {
            case ConditionStatus.False:
                // Already tainted for the other state: swap at once, without waiting for the rate limiter.
                if (NodeTaints.Has(node, NodeTaints.UnreachableNoExecute))
                    await TrySwapAsync(node, NodeTaints.NotReadyNoExecute, NodeTaints.UnreachableNoExecute, ct).ConfigureAwait(false);
                else
                    MarkNodeForTainting(node, ConditionStatus.False);
                break;
            case ConditionStatus.Unknown:
                if (NodeTaints.Has(node, NodeTaints.NotReadyNoExecute))
                    await TrySwapAsync(node, NodeTaints.UnreachableNoExecute, NodeTaints.NotReadyNoExecute, ct).ConfigureAwait(false);
                else
                    MarkNodeForTainting(node, ConditionStatus.Unknown);
                break;
            case ConditionStatus.True:
                if (await MarkNodeAsReachableAsync(node, ct).ConfigureAwait(false))
                    LogNodeHealthyAgain(_logger, node.Metadata.Name!);
                break;
        }
    }

    /// <summary>
    /// Upstream MarkPodsNotReady: the Ready condition of each pod on the node turns False (through
    /// the status subresource) with a NodeNotReady event; pods already gone are skipped.
    /// </summary>
    private async Task MarkPodsNotReadyAsync(IReadOnlyList<Pod> pods, string nodeName, CancellationToken ct)
    {
        List<Exception>? errors = null;
        foreach (var cached in pods)
        {
            if (cached.Spec.NodeName != nodeName || PodState.ReadyCondition(cached) is not { Status: not ConditionStatus.False })
                continue;
            var pod = Copy(cached);
            var ready = PodState.ReadyCondition(pod)!;
            ready.Status = ConditionStatus.False;
            ready.LastTransitionTime = Now;
            try
            {
                await _ctx.Client.UpdateStatusAsync(pod, ct: ct).ConfigureAwait(false);
                _events.Event(pod, EventType.Warning, "NodeNotReady", "Node is not ready");
            }
            catch (ApiStatusException e) when (e.IsNotFound)
            {
            }
            catch (ApiStatusException e)
            {
                (errors ??= []).Add(e);
            }
        }

        if (errors is not null)
            throw new AggregateException(errors);
    }
}
