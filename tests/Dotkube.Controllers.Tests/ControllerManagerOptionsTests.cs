using System.Net;

namespace Dotkube.Controllers.Tests;

public sealed class ControllerManagerOptionsTests
{
    [Fact]
    public void Defaults_are_upstreams()
    {
        var options = new ControllerManagerOptions();

        options.Validate();
        Assert.Equal(IPNetwork.Parse("10.42.0.0/16"), options.ClusterCidr);
        Assert.Equal(24, options.NodeCidrMaskSize);
        Assert.Equal(TimeSpan.FromSeconds(50), options.NodeMonitorGracePeriod);
        Assert.Equal(12500, options.TerminatedPodGcThreshold);
    }

    [Theory]
    [InlineData("10.42.0.0/16", 8)]
    [InlineData("10.42.0.0/16", 31)]
    public void A_node_mask_that_does_not_fit_the_cluster_cidr_is_rejected(string cidr, int mask)
    {
        var options = new ControllerManagerOptions { ClusterCidr = IPNetwork.Parse(cidr), NodeCidrMaskSize = mask };

        Assert.Throws<ArgumentException>(options.Validate);
    }
}
