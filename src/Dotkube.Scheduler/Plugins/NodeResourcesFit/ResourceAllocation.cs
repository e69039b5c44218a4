using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.NodeResourcesFit;

/// <summary>
/// Allocatable and requested amounts per named resource, as the resource scorers see them
/// (upstream resourceAllocationScorer.calculateResourceAllocatableRequest).
/// </summary>
public static class ResourceAllocation
{
    /// <summary>The amount of resource <paramref name="name"/> in <paramref name="r"/>, in scheduler units.</summary>
    public static long Amount(Resource r, string name) => name switch
    {
        "cpu" => r.MilliCpu,
        "memory" => r.Memory,
        "ephemeral-storage" => r.EphemeralStorage,
        "pods" => r.AllowedPodNumber,
        _ => r.Scalar.GetValueOrDefault(name),
    };

    /// <summary>
    /// The node's allocatable amount and what would be requested with the pod placed, for one
    /// resource. CPU and memory count the node's non-zero requests (containers without requests
    /// count upstream's defaults) unless <paramref name="useRequested"/>; other resources always
    /// count the real requests. An extended resource the pod does not request, or one the node
    /// does not offer, yields (0, 0), which the scorers skip.
    /// </summary>
    public static (long Allocatable, long Requested) For(NodeInfo node, string name, long podRequest, bool useRequested)
    {
        var requested = useRequested ? node.Requested : node.NonZeroRequested;
        if (podRequest == 0 && Resource.IsScalar(name))
            return (0, 0);
        return name switch
        {
            "cpu" => (node.Allocatable.MilliCpu, requested.MilliCpu + podRequest),
            "memory" => (node.Allocatable.Memory, requested.Memory + podRequest),
            "ephemeral-storage" => (node.Allocatable.EphemeralStorage, node.Requested.EphemeralStorage + podRequest),
            _ when node.Allocatable.Scalar.TryGetValue(name, out var allocatable) =>
                (allocatable, node.Requested.Scalar.GetValueOrDefault(name) + podRequest),
            _ => (0, 0),
        };
    }

    /// <summary>Allocatable and requested per <paramref name="resources"/> entry, for the scorers.</summary>
    public static (long[] Allocatable, long[] Requested) Collect(NodeInfo node, IReadOnlyList<ResourceSpec> resources, long[] podRequests,
        bool useRequested)
    {
        var allocatable = new long[resources.Count];
        var requested = new long[resources.Count];
        for (var i = 0; i < resources.Count; i++)
        {
            var (alloc, req) = For(node, resources[i].Name, podRequests[i], useRequested);
            if (alloc == 0)
                continue;
            allocatable[i] = alloc;
            requested[i] = req;
        }

        return (allocatable, requested);
    }

    /// <summary>The pod's request for each resource in <paramref name="resources"/>.</summary>
    public static long[] PodRequestList(Resource podRequests, IReadOnlyList<ResourceSpec> resources) =>
        resources.Select(spec => Amount(podRequests, spec.Name)).ToArray();
}
