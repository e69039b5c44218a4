using Dotkube.Proxy.Rules;

namespace Dotkube.Proxy.Tests.Rules;

public sealed class ChainNamesTests
{
    // Names as upstream kube-proxy writes them (its own tests and any real node's iptables-save).
    [Theory]
    [InlineData("default/kubernetes:https", "tcp", "KUBE-SVC-NPX46M4PTMTKRN6Y")]
    [InlineData("ns1/svc1:p80", "tcp", "KUBE-SVC-XPGD46QRK7WJZT7O")]
    [InlineData("ns2/svc2:p80", "tcp", "KUBE-SVC-GNZBNJ2PO5MGZ6GT")]
    public void Service_chains_carry_upstreams_hash_of_the_port_name_and_protocol(string portName, string protocol, string expected) =>
        Assert.Equal(expected, ChainNames.Service(portName, protocol));

    [Fact]
    public void Endpoint_chains_hash_the_endpoint_too() =>
        Assert.Equal("KUBE-SEP-SXIVWICOYRO3J4NJ", ChainNames.Endpoint("ns1/svc1:p80", "tcp", "10.180.0.1:80"));

    [Fact]
    public void External_and_local_chains_share_the_service_chains_hash()
    {
        Assert.Equal("KUBE-EXT-GNZBNJ2PO5MGZ6GT", ChainNames.External("ns2/svc2:p80", "tcp"));
        Assert.Equal("KUBE-SVL-GNZBNJ2PO5MGZ6GT", ChainNames.ServiceLocal("ns2/svc2:p80", "tcp"));
    }

    [Theory]
    [InlineData("KUBE-SVC-XPGD46QRK7WJZT7O", true)]
    [InlineData("KUBE-SEP-SXIVWICOYRO3J4NJ", true)]
    [InlineData("KUBE-EXT-GNZBNJ2PO5MGZ6GT", true)]
    [InlineData("KUBE-SERVICES", false)]
    [InlineData("KUBE-MARK-MASQ", false)]
    public void Only_per_service_chains_count_as_service_chains(string chain, bool expected) =>
        Assert.Equal(expected, ChainNames.IsServiceChain(chain));
}
