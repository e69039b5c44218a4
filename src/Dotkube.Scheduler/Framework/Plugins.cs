using Dotkube.Api.Core.V1;

namespace Dotkube.Scheduler.Framework;

/// <summary>A scheduling plugin (upstream framework.Plugin); it implements one or more extension-point interfaces below.</summary>
public interface IPlugin
{
    /// <summary>Upstream's plugin name (e.g. "NodeResourcesFit"): profiles, metrics and messages use it.</summary>
    string Name { get; }
}

/// <summary>Runs once per cycle before filtering; may narrow the candidate nodes, or return Skip to skip its Filter.</summary>
public interface IPreFilterPlugin : IPlugin
{
    (PreFilterResult? Result, Status Status) PreFilter(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes);
}

/// <summary>Decides whether the pod fits one node. Called in parallel for many nodes: no shared mutable state.</summary>
public interface IFilterPlugin : IPlugin
{
    Status Filter(CycleState state, Pod pod, NodeInfo node);
}

/// <summary>Runs when no node fits (preemption lives here).</summary>
public interface IPostFilterPlugin : IPlugin
{
    Task<(PostFilterResult? Result, Status Status)> PostFilterAsync(CycleState state, Pod pod, IReadOnlyDictionary<string, Status> rejections,
        CancellationToken ct);
}

/// <summary>Runs once per cycle before scoring, with the feasible nodes; Skip skips its Score.</summary>
public interface IPreScorePlugin : IPlugin
{
    Status PreScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes);
}

/// <summary>Ranks a feasible node; scores are normalized to [0, <see cref="NodeScore.Max"/>] and weighted by the profile.</summary>
public interface IScorePlugin : IPlugin
{
    (long Score, Status Status) Score(CycleState state, Pod pod, NodeInfo node);

    /// <summary>Rescales the raw scores in place (upstream ScoreExtensions.NormalizeScore); plugins without one return Success.</summary>
    Status NormalizeScore(CycleState state, Pod pod, List<NodeScore> scores) => Status.Success;
}

/// <summary>Claims (or releases) per-node resources for the pod before binding.</summary>
public interface IReservePlugin : IPlugin
{
    Status Reserve(CycleState state, Pod pod, string nodeName);

    void Unreserve(CycleState state, Pod pod, string nodeName);
}

/// <summary>Approves, rejects or delays the binding (upstream Permit); Wait is not used by dotkube's plugins.</summary>
public interface IPermitPlugin : IPlugin
{
    (Status Status, TimeSpan Timeout) Permit(CycleState state, Pod pod, string nodeName);
}

/// <summary>Work that must succeed before the Binding (e.g. volume binding).</summary>
public interface IPreBindPlugin : IPlugin
{
    Task<Status> PreBindAsync(CycleState state, Pod pod, string nodeName, CancellationToken ct);
}

/// <summary>Binds the pod; <see cref="Code.Pending"/> hands it to the next bind plugin.</summary>
public interface IBindPlugin : IPlugin
{
    Task<Status> BindAsync(CycleState state, Pod pod, string nodeName, CancellationToken ct);
}

/// <summary>The cluster events after which a pod this plugin rejected may fit (upstream EnqueueExtensions).</summary>
public interface IEnqueueExtensions
{
    IReadOnlyList<ClusterEvent> EventsToRegister();
}

/// <summary>PreFilter's narrowing: only these nodes can fit (null means all).</summary>
public sealed record PreFilterResult(IReadOnlySet<string>? NodeNames);

/// <summary>PostFilter's outcome: the node nominated for the pod after preemption.</summary>
public sealed record PostFilterResult(string? NominatedNodeName);

public record struct NodeScore(string Name, long Score)
{
    /// <summary>Upstream MaxNodeScore.</summary>
    public const long Max = 100;
}

/// <summary>A kind of change that can make unschedulable pods schedulable (upstream ClusterEvent).</summary>
public sealed record ClusterEvent(string Resource, ClusterEventAction Action);

[Flags]
public enum ClusterEventAction
{
    Add = 1,
    Delete = 2,
    UpdateNodeAllocatable = 4,
    UpdateNodeLabel = 8,
    UpdateNodeTaint = 16,
    UpdateNodeCondition = 32,
    UpdatePodLabel = 64,
    Update = UpdateNodeAllocatable | UpdateNodeLabel | UpdateNodeTaint | UpdateNodeCondition | UpdatePodLabel | 128,
    All = Add | Delete | Update,
}
