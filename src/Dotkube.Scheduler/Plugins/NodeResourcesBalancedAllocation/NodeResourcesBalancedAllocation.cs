using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Plugins.NodeResourcesFit;

namespace Dotkube.Scheduler.Plugins.NodeResourcesBalancedAllocation;

/// <summary>
/// Prefers nodes whose resources would be used evenly with the pod placed (upstream
/// noderesources BalancedAllocation): the score is 1 minus the standard deviation of the
/// requested/allocatable fractions, scaled to 0..100. Args: {"resources": [{"name", "weight"}]}
/// (weights are ignored, as upstream; default cpu and memory).
/// </summary>
public sealed class NodeResourcesBalancedAllocation : IPreScorePlugin, IScorePlugin
{
    public const string PluginName = "NodeResourcesBalancedAllocation";

    private const string PreScoreKey = "PreScore" + PluginName;

    public NodeResourcesBalancedAllocation(JsonObject? args = null)
    {
        Resources = ResourceSpec.Parse(args?["resources"]);
    }

    public string Name => PluginName;

    public IReadOnlyList<ResourceSpec> Resources { get; }

    /// <summary>Uses the pod's real requests (no non-zero defaults); a pod requesting none of the resources is skipped, as upstream.</summary>
    public Status PreScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var podRequests = ResourceAllocation.PodRequestList(PodRequests.Of(pod), Resources);
        if (podRequests.All(r => r == 0))
            return Status.Skip;
        state.Write(PreScoreKey, podRequests);
        return Status.Success;
    }

    public (long Score, Status Status) Score(CycleState state, Pod pod, NodeInfo node)
    {
        var podRequests = state.Read<long[]>(PreScoreKey) ?? ResourceAllocation.PodRequestList(PodRequests.Of(pod), Resources);
        var (allocatable, requested) = ResourceAllocation.Collect(node, Resources, podRequests, useRequested: true);
        return (Balance(allocatable, requested), Status.Success);
    }

    /// <summary>
    /// 1 - std deviation of the fractions (each capped at 1), times 100. With two resources the
    /// deviation is half their difference, as upstream computes it.
    /// </summary>
    public static long Balance(long[] allocatable, long[] requested)
    {
        var fractions = new List<double>();
        for (var i = 0; i < allocatable.Length; i++)
        {
            if (allocatable[i] == 0)
                continue;
            fractions.Add(Math.Min(1.0, (double)requested[i] / allocatable[i]));
        }

        double std = 0;
        if (fractions.Count == 2)
            std = Math.Abs((fractions[0] - fractions[1]) / 2);
        else if (fractions.Count > 2)
        {
            var mean = fractions.Average();
            std = Math.Sqrt(fractions.Sum(f => (f - mean) * (f - mean)) / fractions.Count);
        }

        return (long)((1 - std) * NodeScore.Max);
    }
}
