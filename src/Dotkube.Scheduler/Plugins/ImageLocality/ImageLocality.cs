using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.ImageLocality;

/// <summary>
/// Prefers nodes that already hold the pod's images (upstream imagelocality plugin): the sizes of
/// the images present, each scaled by the share of nodes that have it (so an image everywhere
/// does not pull every pod to one node), clamped between 23 MB and 1000 MB per container, scaled
/// to 0..100.
/// </summary>
public sealed class ImageLocality : IPreScorePlugin, IScorePlugin
{
    public const string PluginName = "ImageLocality";

    private const long Mb = 1024 * 1024;

    /// <summary>Below this sum a node scores 0: small images are cheap to pull anyway.</summary>
    public const long MinThreshold = 23 * Mb;

    /// <summary>Per container; above the pod's total a node scores 100.</summary>
    public const long MaxContainerThreshold = 1000 * Mb;

    private const string PreScoreKey = "PreScore" + PluginName;

    private readonly IFrameworkHandle _handle;

    public ImageLocality(IFrameworkHandle handle)
    {
        _handle = handle;
    }

    public string Name => PluginName;

    /// <summary>Looks up, for each of the pod's images, how many nodes of the snapshot hold it.</summary>
    public Status PreScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        state.Write(PreScoreKey, Spread(pod));
        return Status.Success;
    }

    public (long Score, Status Status) Score(CycleState state, Pod pod, NodeInfo node)
    {
        var spread = state.Read<ImageSpread>(PreScoreKey) ?? Spread(pod);
        var sizes = node.ImageSizes;
        long sum = 0;
        if (sizes.Count > 0 && spread.TotalNodes > 0)
        {
            foreach (var image in spread.Images)
            {
                if (sizes.TryGetValue(image, out var size))
                    sum += (long)(size * ((double)spread.NodesWith[image] / spread.TotalNodes));
            }
        }

        return (Priority(sum, PodContainerCount(pod)), Status.Success);
    }

    /// <summary>Upstream calculatePriority: clamp the sum to [23 MB, 1000 MB x containers] and scale to 0..100.</summary>
    public static long Priority(long sum, int containers)
    {
        var max = MaxContainerThreshold * containers;
        if (max <= MinThreshold)
            return 0;
        sum = Math.Clamp(sum, MinThreshold, max);
        return NodeScore.Max * (sum - MinThreshold) / (max - MinThreshold);
    }

    private ImageSpread Spread(Pod pod)
    {
        var snapshot = _handle.Snapshot;
        var images = PodImages(pod).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var image in images)
            counts[image] = snapshot.NodesWithImage(image);
        return new ImageSpread(images, snapshot.Nodes.Count, counts);
    }

    /// <summary>Init and app containers, each counted (upstream sums per container, repeats included).</summary>
    private static IEnumerable<string> PodImages(Pod pod) =>
        (pod.Spec.InitContainers ?? []).Concat(pod.Spec.Containers)
            .Where(c => !string.IsNullOrEmpty(c.Image))
            .Select(c => ImageNames.Normalize(c.Image!));

    private static int PodContainerCount(Pod pod) => (pod.Spec.InitContainers?.Count ?? 0) + pod.Spec.Containers.Count;

    /// <summary>The pod's normalized images (one per container, repeats kept) and how many nodes hold each.</summary>
    private sealed record ImageSpread(List<string> Images, int TotalNodes, Dictionary<string, int> NodesWith);
}
