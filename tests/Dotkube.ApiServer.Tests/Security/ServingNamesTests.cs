using System.Net;
using Dotkube.ApiServer.Security;

namespace Dotkube.ApiServer.Tests.Security;

public sealed class ServingNamesTests
{
    [Theory]
    [InlineData("10.43.0.0/16", "10.43.0.1")]
    [InlineData("10.96.0.0/12", "10.96.0.1")]
    [InlineData("192.168.255.0/24", "192.168.255.1")]
    public void KubernetesServiceIp_IsFirstAddressOfServiceCidr(string cidr, string expected) =>
        Assert.Equal(IPAddress.Parse(expected), ServingNames.KubernetesServiceIp(cidr));

    [Fact]
    public void For_WildcardBindAddress_IsNotAName()
    {
        var names = ServingNames.For(new ApiServerOptions { NodeName = "localhost" }, null, [IPAddress.Parse("192.0.2.1"), IPAddress.Parse("192.0.2.1")]);

        Assert.DoesNotContain(IPAddress.Any, names.IpAddresses);
        Assert.Single(names.IpAddresses, IPAddress.Parse("192.0.2.1"));
        Assert.Single(names.DnsNames, "localhost");
    }

    [Fact]
    public void HostIPv4Addresses_AreNonLoopbackIPv4()
    {
        Assert.All(ServingNames.HostIPv4Addresses(), ip =>
        {
            Assert.Equal(System.Net.Sockets.AddressFamily.InterNetwork, ip.AddressFamily);
            Assert.False(IPAddress.IsLoopback(ip));
        });
    }
}
