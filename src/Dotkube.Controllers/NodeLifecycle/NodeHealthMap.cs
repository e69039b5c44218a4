using System.Collections.Concurrent;
using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Core.V1;

namespace Dotkube.Controllers.NodeLifecycle;

/// <summary>What one pass learned about a node's health (upstream tryUpdateNodeHealth's results).</summary>
/// <param name="GracePeriod">The node's grace period: the startup one until its kubelet first posts Ready.</param>
/// <param name="Observed">The Ready condition as the pass found it (a made-up Unknown one when there is none).</param>
/// <param name="Stale">Neither the Ready heartbeat nor the lease changed for longer than the grace period.</param>
internal readonly record struct HealthObservation(TimeSpan GracePeriod, NodeCondition Observed, bool Stale);

/// <summary>
/// When the node controller last saw each node's kubelet alive (upstream's nodeHealthMap). Probe
/// times are this controller's own clock readings, taken when it sees the Ready heartbeat or the
/// node's Lease renewTime change, never the kubelet's timestamps: clocks across the cluster may
/// disagree, as upstream notes.
/// </summary>
internal sealed class NodeHealthMap
{
    private readonly ConcurrentDictionary<string, Data> _nodes = new(StringComparer.Ordinal);

    /// <summary>Folds the node's current status and lease into its record and says whether it went stale.</summary>
    public HealthObservation Observe(Node node, Lease? lease, DateTimeOffset now, TimeSpan gracePeriod, TimeSpan startupGracePeriod)
    {
        var name = node.Metadata.Name!;
        var current = ReadyOf(node.Status);
        var saved = _nodes.GetValueOrDefault(name);
        NodeCondition observed;
        TimeSpan grace;
        if (current is null)
        {
            // The kubelet never posted status: judge it from its creation, with the longer grace.
            var created = node.Metadata.CreationTimestamp == default ? now : node.Metadata.CreationTimestamp;
            observed = new NodeCondition
            {
                Type = NodeConditionType.Ready,
                Status = ConditionStatus.Unknown,
                LastHeartbeatTime = created,
                LastTransitionTime = created,
            };
            grace = startupGracePeriod;
            saved = saved is null ? new Data(created, created, null, null) : saved with { Ready = null };
        }
        else
        {
            observed = Copy(current);
            grace = gracePeriod;
        }

        if (saved is null || (saved.Ready is null && current is not null) || (saved.Ready is not null && current is null))
        {
            saved = new Data(now, now, current is null ? null : Copy(current), saved?.LeaseRenewTime);
        }
        else if (saved.Ready is not null && current is not null && saved.Ready.LastHeartbeatTime != current.LastHeartbeatTime)
        {
            var transition = saved.Ready.LastTransitionTime != current.LastTransitionTime ? now : saved.ReadyTransition;
            saved = new Data(now, transition, Copy(current), saved.LeaseRenewTime);
        }

        // A renewed lease is as good as a heartbeat, even from a kubelet that never posted status.
        if (lease is not null && (saved.LeaseRenewTime is null || saved.LeaseRenewTime < (lease.Spec.RenewTime ?? DateTimeOffset.MinValue)))
        {
            saved = saved with { Probe = now, LeaseRenewTime = lease.Spec.RenewTime ?? DateTimeOffset.MinValue };
        }

        _nodes[name] = saved;
        return new HealthObservation(grace, observed, now > saved.Probe + grace);
    }

    /// <summary>Records the Ready condition this controller wrote (the probe time stays; the transition is now).</summary>
    public void Posted(string name, NodeCondition ready, DateTimeOffset now)
    {
        if (_nodes.TryGetValue(name, out var saved))
            _nodes[name] = saved with { Ready = Copy(ready), ReadyTransition = now };
    }

    /// <summary>Treats every node as just heard from (upstream, on leaving the all-zones-down mode).</summary>
    public void ResetProbes(IEnumerable<string> names, DateTimeOffset now)
    {
        foreach (var name in names)
        {
            if (_nodes.TryGetValue(name, out var saved))
                _nodes[name] = saved with { Probe = now, ReadyTransition = now };
        }
    }

    /// <summary>The Ready condition last seen for the node; null when unknown or never posted.</summary>
    public NodeCondition? SavedReady(string name) => _nodes.TryGetValue(name, out var saved) ? saved.Ready : null;

    public bool Knows(string name) => _nodes.ContainsKey(name);

    public void Forget(string name) => _nodes.TryRemove(name, out _);

    public static NodeCondition? ReadyOf(NodeStatus status) =>
        status.Conditions?.FirstOrDefault(c => c.Type == NodeConditionType.Ready);

    public static bool SameCondition(NodeCondition? a, NodeCondition? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.Type == b.Type && a.Status == b.Status && a.Reason == b.Reason && a.Message == b.Message
              && a.LastHeartbeatTime == b.LastHeartbeatTime && a.LastTransitionTime == b.LastTransitionTime;

    private static NodeCondition Copy(NodeCondition c) => new()
    {
        Type = c.Type,
        Status = c.Status,
        LastHeartbeatTime = c.LastHeartbeatTime,
        LastTransitionTime = c.LastTransitionTime,
        Reason = c.Reason,
        Message = c.Message,
    };

    private sealed record Data(DateTimeOffset Probe, DateTimeOffset ReadyTransition, NodeCondition? Ready, DateTimeOffset? LeaseRenewTime);
}
