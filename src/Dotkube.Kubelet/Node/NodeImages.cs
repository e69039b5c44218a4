using Dotkube.Api.Core.V1;
using CriImage = Dotkube.Kubelet.Cri.V1.Image;

namespace Dotkube.Kubelet.Node;

/// <summary>
/// status.images as upstream's Images setter fills it: the runtime's images, largest first, at
/// most nodeStatusMaxImages of them, each with its digests then tags, at most 5 names.
/// </summary>
public static class NodeImages
{
    /// <summary>Upstream's MaxNamesPerImageInNodeStatus.</summary>
    public const int MaxNamesPerImage = 5;

    public static List<ContainerImage> From(IEnumerable<CriImage> images, int maxImages) =>
        images.OrderByDescending(i => i.Size)
            .Take(maxImages < 0 ? int.MaxValue : maxImages)
            .Select(i => new ContainerImage { Names = [.. i.RepoDigests.Concat(i.RepoTags).Take(MaxNamesPerImage)], SizeBytes = (long)i.Size })
            .ToList();
}
