using Dotkube.Api.Naming;

namespace Dotkube.Api.Tests.Naming;

public class IPValidationTests
{
    [Theory]
    [InlineData("1.2.3.4", 4)]
    [InlineData("0.0.0.0", 4)]
    [InlineData("255.255.255.255", 4)]
    [InlineData("010.001.1.1", 4)]
    [InlineData("::1", 16)]
    [InlineData("::", 16)]
    [InlineData("2001:db8::ffff", 16)]
    [InlineData("1:2:3:4:5:6:7:8", 16)]
    [InlineData("::ffff:1.2.3.4", 16)]
    [InlineData("1:2:3:4:5:6:1.2.3.4", 16)]
    [InlineData("fe80::", 16)]
    public void ParseIP_Valid_ReturnsAddressBytes(string value, int length)
    {
        Assert.Equal(length, IPValidation.ParseIP(value)?.Length);
        Assert.Empty(IPValidation.IsValidIP(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3.4 ")]
    [InlineData("a.b.c.d")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1::2::3")]
    [InlineData("1:2:3:4:5:6:7::8")]
    [InlineData("fe80::1%eth0")]
    [InlineData("[::1]")]
    [InlineData("12345::")]
    [InlineData("1:2:3:4:5:1.2.3.4")]
    [InlineData("localhost")]
    public void IsValidIP_Invalid_ReturnsUpstreamMessage(string value) =>
        Assert.Equal(["must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"], IPValidation.IsValidIP(value));

    [Fact]
    public void IsValidIPv4AndIPv6_Family_IsChecked()
    {
        Assert.Empty(IPValidation.IsValidIPv4Address("10.0.0.1"));
        Assert.Equal(["must be a valid IPv4 address"], IPValidation.IsValidIPv4Address("::1"));
        Assert.Empty(IPValidation.IsValidIPv6Address("::1"));
        Assert.Equal(["must be a valid IPv6 address"], IPValidation.IsValidIPv6Address("10.0.0.1"));
    }

    [Theory]
    [InlineData("10.0.0.0/8", true)]
    [InlineData("10.0.0.1/32", true)]
    [InlineData("0.0.0.0/0", true)]
    [InlineData("::/0", true)]
    [InlineData("2001:db8::/64", true)]
    [InlineData("2001:db8::/128", true)]
    [InlineData("10.0.0.0/33", false)]
    [InlineData("2001:db8::/129", false)]
    [InlineData("10.0.0.0", false)]
    [InlineData("10.0.0.0/", false)]
    [InlineData("10.0.0.0/8a", false)]
    [InlineData("10.0.0/8", false)]
    public void IsValidCIDR_Value_ChecksAddressAndPrefix(string value, bool valid) =>
        Assert.Equal(valid ? [] : ["must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"], IPValidation.IsValidCIDR(value));
}
