using Dotkube.Api.Core.V1;

namespace Dotkube.Controllers.NodeLifecycle;

public sealed partial class NodeLifecycleController
{
    /// <summary>Drains every zone's taint queue at its rate (upstream doNoExecuteTaintingPass).</summary>
    private async Task DoNoExecuteTaintingPassAsync(CancellationToken ct)
    {
        NodeTaintQueue[] queues;
        lock (_evictorLock) queues = [.. _zoneTainters.Values];
        foreach (var queue in queues)
            await queue.TryAsync(name => TaintQueuedNodeAsync(name, ct)).ConfigureAwait(false);
    }

    private async Task<(bool Done, TimeSpan Retry)> TaintQueuedNodeAsync(string name, CancellationToken ct)
    {
        var node = _nodes.Lister.Get(null, name);
        if (node is null)
            return (true, TimeSpan.Zero);
        var ready = NodeHealthMap.ReadyOf(node.Status);
        if (ready is null)
            return (false, TimeSpan.FromMilliseconds(50));
        // The two NoExecute taints mirror the Ready condition, so they exclude each other.
        var (add, remove) = ready.Status switch
        {
            ConditionStatus.False => (NodeTaints.NotReadyNoExecute, NodeTaints.UnreachableNoExecute),
            ConditionStatus.Unknown => (NodeTaints.UnreachableNoExecute, NodeTaints.NotReadyNoExecute),
            _ => (null, null),
        };
        if (add is null)
            return (true, TimeSpan.Zero); // ready again: nothing to taint
        return (await TrySwapAsync(node, add, remove!, ct).ConfigureAwait(false), TimeSpan.Zero);
    }

    /// <summary>Upstream SwapNodeControllerTaint: true on success; failures are logged and tried again later.</summary>
    private async Task<bool> TrySwapAsync(Node node, Taint add, Taint remove, CancellationToken ct)
    {
        try
        {
            await NodeTaints.SwapAsync(_ctx.Client, node, [add], [remove], Now, ct).ConfigureAwait(false);
            LogTainted(_logger, node.Metadata.Name!, add.Key);
            return true;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogTaintFailed(_logger, e, node.Metadata.Name!);
            return false;
        }
    }

    private void AddTainterForZone(Node node)
    {
        var zone = Zones.KeyOf(node);
        lock (_evictorLock)
        {
            if (_zoneTainters.ContainsKey(zone))
                return;
            _zoneTainters[zone] = new NodeTaintQueue(_ctx.Options.NodeEvictionRate, _ctx.Time);
        }

        _zoneStates.TryAdd(zone, ZoneState.Initial);
    }

    private NodeTaintQueue TainterFor(Node node)
    {
        var zone = Zones.KeyOf(node);
        lock (_evictorLock)
        {
            if (!_zoneTainters.TryGetValue(zone, out var queue))
                _zoneTainters[zone] = queue = new NodeTaintQueue(_ctx.Options.NodeEvictionRate, _ctx.Time);
            return queue;
        }
    }

    /// <summary>
    /// Queues the node for the taint of <paramref name="status"/> (upstream markNodeForTainting); a
    /// node whose taint went missing (removed by hand, or the other one) is queued afresh.
    /// </summary>
    private void MarkNodeForTainting(Node node, string status)
    {
        var queue = TainterFor(node);
        var template = status == ConditionStatus.False ? NodeTaints.NotReadyNoExecute : NodeTaints.UnreachableNoExecute;
        if (!NodeTaints.Has(node, template))
            queue.Remove(node.Metadata.Name!);
        queue.Add(node.Metadata.Name!);
    }

    /// <summary>
    /// Removes both NoExecute taints and the node's place in the taint queue (upstream
    /// markNodeAsReachable); true when the node was queued or tainted. No request when the node
    /// has neither taint.
    /// </summary>
    private async Task<bool> MarkNodeAsReachableAsync(Node node, CancellationToken ct)
    {
        var tainted = NodeTaints.Has(node, NodeTaints.UnreachableNoExecute) || NodeTaints.Has(node, NodeTaints.NotReadyNoExecute);
        if (tainted)
        {
            try
            {
                await NodeTaints.SwapAsync(_ctx.Client, node, [], [NodeTaints.UnreachableNoExecute, NodeTaints.NotReadyNoExecute], Now, ct)
                    .ConfigureAwait(false);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                LogTaintFailed(_logger, e, node.Metadata.Name!);
                return false;
            }
        }

        return TainterFor(node).Remove(node.Metadata.Name!) || tainted;
    }

    /// <summary>
    /// Upstream handleDisruption: each zone's new state sets its tainting rate; when every zone is
    /// fully disrupted, all NoExecute taints go and tainting stops, and when the first node comes
    /// back every node is treated as just heard from, so none is tainted for the outage.
    /// </summary>
    private async Task HandleDisruptionAsync(Dictionary<string, List<NodeCondition?>> zoneConditions, IReadOnlyList<Node> nodes,
        CancellationToken ct)
    {
        var newStates = new Dictionary<string, ZoneState>(StringComparer.Ordinal);
        var allAreFullyDisrupted = true;
        foreach (var (zone, conditions) in zoneConditions)
        {
            var (_, state) = Zones.ComputeState(conditions);
            allAreFullyDisrupted &= state == ZoneState.FullDisruption;
            newStates[zone] = state;
            _zoneStates.TryAdd(zone, ZoneState.Initial);
        }

        var allWereFullyDisrupted = true;
        foreach (var zone in _zoneStates.Keys.ToList())
        {
            if (!zoneConditions.ContainsKey(zone))
            {
                _zoneStates.Remove(zone);
                continue;
            }

            if (_zoneStates[zone] != ZoneState.FullDisruption)
            {
                allWereFullyDisrupted = false;
                break;
            }
        }

        if (allAreFullyDisrupted && allWereFullyDisrupted)
            return;

        if (allAreFullyDisrupted)
        {
            LogEnteringFullDisruption(_logger);
            foreach (var node in nodes)
                await MarkNodeAsReachableAsync(node, ct).ConfigureAwait(false);
            foreach (var zone in _zoneStates.Keys.ToList())
            {
                SetRate(zone, 0);
                _zoneStates[zone] = ZoneState.FullDisruption;
            }

            return;
        }

        if (allWereFullyDisrupted)
        {
            LogLeavingFullDisruption(_logger);
            _health.ResetProbes(nodes.Select(n => n.Metadata.Name!), Now);
        }

        foreach (var zone in _zoneStates.Keys.ToList())
        {
            var state = newStates.GetValueOrDefault(zone, ZoneState.Normal);
            if (!allWereFullyDisrupted && _zoneStates[zone] == state)
                continue;
            LogZoneState(_logger, zone, state);
            SetRate(zone, Zones.RateFor(state, zoneConditions.GetValueOrDefault(zone)?.Count ?? 0, _ctx.Options.NodeEvictionRate));
            _zoneStates[zone] = state;
        }
    }

    private void SetRate(string zone, double qps)
    {
        lock (_evictorLock)
        {
            if (!_zoneTainters.TryGetValue(zone, out var queue))
                _zoneTainters[zone] = queue = new NodeTaintQueue(qps, _ctx.Time);
            queue.SwapLimiter(qps);
        }
    }
}
