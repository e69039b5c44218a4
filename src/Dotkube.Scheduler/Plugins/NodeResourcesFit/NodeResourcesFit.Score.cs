using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.NodeResourcesFit;

public sealed partial class NodeResourcesFit : IPreScorePlugin, IScorePlugin
{
    private const string PreScoreKey = "PreScore" + PluginName;

    /// <summary>The pod's requests per scored resource, with upstream's non-zero CPU/memory defaults.</summary>
    public Status PreScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        state.Write(PreScoreKey, ResourceAllocation.PodRequestList(PodRequests.NonZeroOf(pod), Resources));
        return Status.Success;
    }

    public (long Score, Status Status) Score(CycleState state, Pod pod, NodeInfo node)
    {
        var podRequests = state.Read<long[]>(PreScoreKey) ?? ResourceAllocation.PodRequestList(PodRequests.NonZeroOf(pod), Resources);
        var (allocatable, requested) = ResourceAllocation.Collect(node, Resources, podRequests, useRequested: false);
        return (WeightedScore(allocatable, requested), Status.Success);
    }

    /// <summary>The weighted mean of the per-resource scores; resources the node lacks entirely do not count.</summary>
    private long WeightedScore(long[] allocatable, long[] requested)
    {
        long total = 0, weights = 0;
        for (var i = 0; i < allocatable.Length; i++)
        {
            if (allocatable[i] == 0)
                continue;
            var score = Strategy == ScoringStrategy.MostAllocated
                ? MostRequested(requested[i], allocatable[i])
                : LeastRequested(requested[i], allocatable[i]);
            total += score * Resources[i].Weight;
            weights += Resources[i].Weight;
        }

        return weights == 0 ? 0 : total / weights;
    }

    /// <summary>Upstream leastRequestedScore: the free share scaled to 0..100; an overcommitted resource scores 0.</summary>
    public static long LeastRequested(long requested, long capacity) =>
        capacity == 0 || requested > capacity ? 0 : (capacity - requested) * NodeScore.Max / capacity;

    /// <summary>Upstream mostRequestedScore: the used share scaled to 0..100, capped at 100 when overcommitted.</summary>
    public static long MostRequested(long requested, long capacity) =>
        capacity == 0 ? 0 : Math.Min(requested, capacity) * NodeScore.Max / capacity;
}
