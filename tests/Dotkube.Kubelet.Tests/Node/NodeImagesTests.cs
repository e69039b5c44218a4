using Dotkube.Kubelet.Cri.V1;
using Dotkube.Kubelet.Node;

namespace Dotkube.Kubelet.Tests.Node;

public sealed class NodeImagesTests
{
    [Fact]
    public void Images_are_largest_first_capped_with_digests_then_tags_at_most_five_names()
    {
        var images = new[]
        {
            Image(10, ["small:1"], []),
            Image(30, ["big:1", "big:2", "big:3", "big:4"], ["big@sha256:a", "big@sha256:b"]),
            Image(20, ["mid:1"], []),
        };

        var listed = NodeImages.From(images, maxImages: 2);

        Assert.Equal([30L, 20L], listed.Select(i => i.SizeBytes!.Value));
        Assert.Equal(["big@sha256:a", "big@sha256:b", "big:1", "big:2", "big:3"], listed[0].Names);
    }

    private static Image Image(ulong size, string[] tags, string[] digests)
    {
        var image = new Image { Id = "sha256:" + size, Size = size };
        image.RepoTags.AddRange(tags);
        image.RepoDigests.AddRange(digests);
        return image;
    }
}
