using System.Net;
using Dotkube.Agent;
using Dotkube.Api.Discovery.V1;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Testing;

namespace Dotkube.Tests.Agent;

public sealed class ClusterDnsObjectsTests
{
    [Theory]
    [InlineData("10.43.0.0/16", "10.43.0.10")]
    [InlineData("10.96.0.0/12", "10.96.0.10")]
    [InlineData("10.0.0.0/24", "10.0.0.10")]
    public void The_cluster_DNS_address_is_the_tenth_of_the_service_range(string cidr, string expected) =>
        Assert.Equal(IPAddress.Parse(expected), ClusterDnsObjects.IpFor(cidr));

    [Fact]
    public async Task The_service_gets_its_requested_address_and_a_node_slice_owned_by_it_passes_validation()
    {
        await using var cluster = await InProcessCluster.StartAsync();
        using var client = new KubeClient(KubeconfigLoader.Load(cluster.KubeconfigPath));

        var service = await client.CreateAsync(ClusterDnsObjects.Service(ClusterDnsObjects.DefaultIp));
        var slice = await client.CreateAsync(ClusterDnsObjects.Slice("node-a", IPAddress.Parse("192.0.2.7"), service));

        Assert.Equal("10.43.0.10", service.Spec.ClusterIP);
        Assert.Null(service.Spec.Selector);
        Assert.Equal("kube-dns-node-a", slice.Metadata.Name);
        Assert.Equal(service.Metadata.Uid, slice.Metadata.OwnerReferences!.Single().Uid);
        Assert.Equal("kube-dns", slice.Metadata.Labels![EndpointSliceLabels.ServiceName]);
        Assert.Equal(["dns/UDP/53", "dns-tcp/TCP/53"], slice.Ports.Select(p => $"{p.Name}/{p.Protocol}/{p.Port}"));
        Assert.Equal((true, "node-a", "192.0.2.7"),
            (slice.Endpoints.Single().Conditions.Ready, slice.Endpoints.Single().NodeName, slice.Endpoints.Single().Addresses.Single()));
    }
}
