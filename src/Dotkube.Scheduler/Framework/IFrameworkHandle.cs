using Dotkube.Api.Core.V1;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;

namespace Dotkube.Scheduler.Framework;

/// <summary>What plugins get from the scheduler (upstream framework.Handle).</summary>
public interface IFrameworkHandle
{
    /// <summary>The nodes as of this cycle's snapshot (assumed pods included); stable for the whole cycle.</summary>
    ISnapshot Snapshot { get; }

    KubeClient Client { get; }

    /// <summary>For plugins that read other kinds (namespaces for namespaceSelector, PDBs, PVCs).</summary>
    SharedInformerFactory Informers { get; }

    TimeProvider Time { get; }

    /// <summary>Pods nominated to a node by preemption and not yet bound (upstream PodNominator).</summary>
    IReadOnlyList<Pod> NominatedPodsFor(string nodeName);

    /// <summary>Runs every Filter plugin of the profile for the pod on the node (preemption's what-if check).</summary>
    Status RunFilterPlugins(CycleState state, Pod pod, NodeInfo node);
}

/// <summary>A consistent view of every node for one cycle (upstream SharedLister).</summary>
public interface ISnapshot
{
    IReadOnlyList<NodeInfo> Nodes { get; }

    NodeInfo? Get(string nodeName);

    /// <summary>Nodes with at least one pod declaring pod affinity or anti-affinity.</summary>
    IReadOnlyList<NodeInfo> NodesWithAffinityPods { get; }

    /// <summary>Nodes with at least one pod declaring required pod anti-affinity.</summary>
    IReadOnlyList<NodeInfo> NodesWithRequiredAntiAffinityPods { get; }

    /// <summary>How many nodes hold the image (normalized name; upstream ImageStateSummary.NumNodes).</summary>
    int NodesWithImage(string image) => Nodes.Count(n => n.ImageSizes.ContainsKey(image));
}
