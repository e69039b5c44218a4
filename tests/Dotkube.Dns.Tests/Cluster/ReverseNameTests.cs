using System.Net;
using Dotkube.Dns.Cluster;

namespace Dotkube.Dns.Tests.Cluster;

public sealed class ReverseNameTests
{
    [Theory]
    [InlineData("10.43.0.10", "10.0.43.10.in-addr.arpa.")]
    [InlineData("fd00::1", "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.d.f.ip6.arpa.")]
    public void Reverse_names_map_to_addresses_and_back(string ip, string name)
    {
        Assert.Equal(name, ReverseName.For(IPAddress.Parse(ip)));
        Assert.True(ReverseName.TryParse(name.ToUpperInvariant().Replace("ARPA", "arpa", StringComparison.Ordinal), out var parsed));
        Assert.Equal(IPAddress.Parse(ip), parsed);
    }

    [Theory]
    [InlineData("0.43.10.in-addr.arpa.")]
    [InlineData("300.0.43.10.in-addr.arpa.")]
    [InlineData("x.0.43.10.in-addr.arpa.")]
    [InlineData("1.0.d.f.ip6.arpa.")]
    [InlineData("example.com.")]
    public void Partial_or_invalid_reverse_names_are_no_address(string name)
    {
        Assert.False(ReverseName.TryParse(name, out _));
    }
}
