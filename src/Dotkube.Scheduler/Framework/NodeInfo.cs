using Dotkube.Api.Core.V1;

namespace Dotkube.Scheduler.Framework;

/// <summary>
/// One node and what is on it, as the scheduler's cache and snapshot keep it (upstream
/// framework.NodeInfo): the pods (assumed ones included), their summed requests, the host ports in
/// use, and the pods with affinity terms that InterPodAffinity must check.
/// </summary>
public sealed class NodeInfo
{
    private readonly List<Pod> _pods = [];

    /// <summary>Each pod's requests, computed once when it is added (index-aligned with <see cref="_pods"/>), so removing and cloning need not recompute them.</summary>
    private readonly List<(Resource Requests, Resource NonZero)> _podRequests = [];

    public NodeInfo(Node node)
    {
        Node = node;
        Allocatable = Resource.From(node.Status.Allocatable);
        ImageSizes = ImageNames.SizesOn(node);
    }

    private NodeInfo(NodeInfo source)
    {
        Node = source.Node;
        Allocatable = source.Allocatable;
        ImageSizes = source.ImageSizes;
        Generation = source.Generation;
    }

    public Node Node { get; private set; }

    public string Name => Node.Metadata.Name!;

    public IReadOnlyList<Pod> Pods => _pods;

    /// <summary>The node's allocatable resources; <see cref="Resource.AllowedPodNumber"/> is its pod limit.</summary>
    public Resource Allocatable { get; private set; }

    /// <summary>The node's images by normalized name and size (<see cref="ImageNames.SizesOn"/>); read-only, shared with clones.</summary>
    public IReadOnlyDictionary<string, long> ImageSizes { get; private set; }

    /// <summary>Sum of the pods' requests (<see cref="PodRequests.Of"/>).</summary>
    public Resource Requested { get; } = new();

    /// <summary>Sum of the pods' requests with the scoring defaults (<see cref="PodRequests.NonZeroOf"/>).</summary>
    public Resource NonZeroRequested { get; } = new();

    /// <summary>Host ports in use: (hostIP, protocol, port); hostIP "0.0.0.0" when the pod left it empty.</summary>
    public HashSet<(string HostIp, string Protocol, int Port)> UsedPorts { get; } = [];

    /// <summary>Pods that declare any pod affinity or anti-affinity.</summary>
    public List<Pod> PodsWithAffinity { get; } = [];

    /// <summary>Pods that declare required pod anti-affinity.</summary>
    public List<Pod> PodsWithRequiredAntiAffinity { get; } = [];

    /// <summary>Bumped on every change, so snapshots copy only the nodes that changed.</summary>
    public long Generation { get; set; }

    public void SetNode(Node node)
    {
        Node = node;
        Allocatable = Resource.From(node.Status.Allocatable);
        ImageSizes = ImageNames.SizesOn(node);
    }

    public void AddPod(Pod pod)
    {
        var requests = PodRequests.Of(pod);
        var nonZero = PodRequests.NonZeroOf(pod);
        _pods.Add(pod);
        _podRequests.Add((requests, nonZero));
        Requested.Add(requests);
        NonZeroRequested.Add(nonZero);
        foreach (var port in HostPorts(pod))
            UsedPorts.Add(port);
        if (pod.Spec.Affinity is { } affinity && (affinity.PodAffinity is not null || affinity.PodAntiAffinity is not null))
            PodsWithAffinity.Add(pod);
        if (pod.Spec.Affinity?.PodAntiAffinity?.RequiredDuringSchedulingIgnoredDuringExecution is { Count: > 0 })
            PodsWithRequiredAntiAffinity.Add(pod);
    }

    /// <summary>Removes the pod with <paramref name="pod"/>'s uid; false when it was not here.</summary>
    public bool RemovePod(Pod pod)
    {
        var index = _pods.FindIndex(p => p.Metadata.Uid == pod.Metadata.Uid);
        if (index < 0)
            return false;
        var removed = _pods[index];
        var (requests, nonZero) = _podRequests[index];
        _pods.RemoveAt(index);
        _podRequests.RemoveAt(index);
        Requested.Subtract(requests);
        NonZeroRequested.Subtract(nonZero);
        foreach (var port in HostPorts(removed))
            UsedPorts.Remove(port);
        PodsWithAffinity.RemoveAll(p => p.Metadata.Uid == removed.Metadata.Uid);
        PodsWithRequiredAntiAffinity.RemoveAll(p => p.Metadata.Uid == removed.Metadata.Uid);
        return true;
    }

    /// <summary>A copy for a snapshot; allocatable, images and the per-pod requests are shared (never mutated), not recomputed.</summary>
    public NodeInfo Clone()
    {
        var copy = new NodeInfo(this);
        copy._pods.AddRange(_pods);
        copy._podRequests.AddRange(_podRequests);
        copy.Requested.Add(Requested);
        copy.NonZeroRequested.Add(NonZeroRequested);
        copy.UsedPorts.UnionWith(UsedPorts);
        copy.PodsWithAffinity.AddRange(PodsWithAffinity);
        copy.PodsWithRequiredAntiAffinity.AddRange(PodsWithRequiredAntiAffinity);
        return copy;
    }

    /// <summary>The host ports a pod's containers ask for, as (hostIP or 0.0.0.0, protocol or TCP, hostPort).</summary>
    public static IEnumerable<(string HostIp, string Protocol, int Port)> HostPorts(Pod pod) =>
        pod.Spec.Containers.Concat(pod.Spec.InitContainers ?? [])
            .SelectMany(c => c.Ports ?? [])
            .Where(p => p.HostPort is > 0)
            .Select(p => (string.IsNullOrEmpty(p.HostIP) ? "0.0.0.0" : p.HostIP, string.IsNullOrEmpty(p.Protocol) ? "TCP" : p.Protocol, p.HostPort!.Value));
}
