using Dotkube.Kubelet.Node;

namespace Dotkube.Kubelet.Tests.Node;

public sealed class NodeAddressesTests
{
    private const string Header = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n";

    [Fact]
    public void The_default_route_with_the_lowest_metric_names_the_interface() =>
        Assert.Equal("eth1", NodeAddresses.DefaultRouteInterface(Header +
            "eth0\t00000000\t0102A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n" +
            "eth1\t00000000\t0100000A\t0003\t0\t0\t100\t00000000\t0\t0\t0\n" +
            "eth2\t0000A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n"));

    [Fact]
    public void Without_a_default_route_there_is_no_interface() =>
        Assert.Null(NodeAddresses.DefaultRouteInterface(Header + "eth2\t0000A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n"));

    [Fact]
    public void The_node_reports_an_ipv4_internal_ip_and_its_hostname()
    {
        var addresses = NodeAddresses.For("node-a", HostFiles.Host);

        Assert.Equal(["InternalIP", "Hostname"], addresses.Select(a => a.Type));
        Assert.True(System.Net.IPAddress.Parse(addresses[0].Address).AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
        Assert.Equal("node-a", addresses[1].Address);
    }
}
