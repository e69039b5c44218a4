using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using static Dotkube.Scheduler.Tests.Plugins.Support.NodeBuilders;
using Plugin = Dotkube.Scheduler.Plugins.ImageLocality.ImageLocality;

namespace Dotkube.Scheduler.Tests.Plugins.ImageLocality;

public sealed class ImageLocalityTests
{
    private const long Mb = 1024 * 1024;

    [Theory]
    [InlineData("busybox", "docker.io/library/busybox:latest")]
    [InlineData("busybox:1.36", "docker.io/library/busybox:1.36")]
    [InlineData("library/busybox", "docker.io/library/busybox:latest")]
    [InlineData("bitnami/redis:7", "docker.io/bitnami/redis:7")]
    [InlineData("index.docker.io/library/nginx", "docker.io/library/nginx:latest")]
    [InlineData("registry.k8s.io/pause:3.10", "registry.k8s.io/pause:3.10")]
    [InlineData("localhost:5000/app", "localhost:5000/app:latest")]
    [InlineData("nginx@sha256:abc", "docker.io/library/nginx@sha256:abc")]
    public void Image_names_normalize_to_full_references(string image, string expected)
    {
        Assert.Equal(expected, ImageNames.Normalize(image));
    }

    private static long ScoreOn(Pod pod, NodeInfo node, params NodeInfo[] others)
    {
        var plugin = new Plugin(new SnapshotHandle([node, .. others]));
        var state = new CycleState();
        plugin.PreScore(state, pod, []);
        return plugin.Score(state, pod, node).Score;
    }

    [Fact]
    public void A_node_without_the_image_scores_zero()
    {
        Assert.Equal(0, ScoreOn(MakePod().WithContainerImage("busybox"), MakeNode("n").Info()));
    }

    [Fact]
    public void An_image_below_the_minimum_threshold_scores_zero()
    {
        var node = MakeNode("n").WithImages(("docker.io/library/busybox:latest", 20 * Mb)).Info();

        Assert.Equal(0, ScoreOn(MakePod().WithContainerImage("busybox"), node));
    }

    [Fact]
    public void A_present_image_scores_by_size_between_the_thresholds()
    {
        // 500 MB on the only node: (500 - 23) * 100 / (1000 - 23) = 48.
        var node = MakeNode("n").WithImages(("docker.io/library/big:latest", 500 * Mb)).Info();

        Assert.Equal(48, ScoreOn(MakePod().WithContainerImage("big"), node));
    }

    [Fact]
    public void An_image_on_few_nodes_counts_by_its_spread()
    {
        // 1000 MB on 1 of 2 nodes: counts 500 MB -> 48.
        var node = MakeNode("n").WithImages(("docker.io/library/big:latest", 1000 * Mb)).Info();

        Assert.Equal(48, ScoreOn(MakePod().WithContainerImage("big"), node, MakeNode("other").Info()));
    }

    [Fact]
    public void The_maximum_grows_with_the_container_count()
    {
        // 1000 MB for a two-container pod: (1000 - 23) * 100 / (2000 - 23) = 49.
        var node = MakeNode("n").WithImages(("docker.io/library/big:latest", 1000 * Mb)).Info();

        Assert.Equal(49, ScoreOn(MakePod().WithContainerImage("big").WithContainerImage("small"), node));
    }

    [Fact]
    public void Images_above_the_maximum_score_one_hundred()
    {
        var node = MakeNode("n").WithImages(("registry.k8s.io/huge:1", 3000 * Mb)).Info();

        Assert.Equal(100, ScoreOn(MakePod().WithContainerImage("registry.k8s.io/huge:1"), node));
    }
}
