using Dotkube.Api.Core.V1;
using Dotkube.ApiServer.Printing;

namespace Dotkube.ApiServer.Tests.Printing;

public sealed class ServiceCellTests
{
    public static TheoryData<string, string, string> ExternalIPs => new()
    {
        { "cluster IP without external IPs", "spec: {type: ClusterIP}", "<none>" },
        { "cluster IP with external IPs", "spec: {type: ClusterIP, externalIPs: [192.0.2.1, 192.0.2.2]}", "192.0.2.1,192.0.2.2" },
        { "node port without external IPs", "spec: {type: NodePort}", "<none>" },
        { "load balancer not yet assigned", "spec: {type: LoadBalancer}", "<pending>" },
        {
            "load balancer addresses sorted and unique, IP before hostname",
            "spec: {type: LoadBalancer}\nstatus: {loadBalancer: {ingress: [{ip: 203.0.113.9, hostname: ignored.example.com}, {hostname: lb.example.com}, {ip: 203.0.113.1}, {ip: 203.0.113.9}]}}",
            "203.0.113.1,203.0.113.9,lb.example.com"
        },
        {
            "load balancer addresses then external IPs",
            "spec: {type: LoadBalancer, externalIPs: [192.0.2.1]}\nstatus: {loadBalancer: {ingress: [{ip: 203.0.113.1}]}}",
            "203.0.113.1,192.0.2.1"
        },
        { "load balancer pending with external IPs", "spec: {type: LoadBalancer, externalIPs: [192.0.2.1]}", "192.0.2.1" },
        {
            "long load balancer address is not clipped: the server prints wide",
            "spec: {type: LoadBalancer}\nstatus: {loadBalancer: {ingress: [{hostname: a-very-long-load-balancer.example.com}]}}",
            "a-very-long-load-balancer.example.com"
        },
        { "external name", "spec: {type: ExternalName, externalName: db.example.com}", "db.example.com" },
        { "no type", "spec: {}", "<unknown>" },
    };

    [Theory]
    [MemberData(nameof(ExternalIPs))]
    public void ExternalIP_Case_MatchesUpstream(string name, string yaml, string expected)
    {
        Assert.NotEmpty(name);
        Assert.Equal(expected, Services.ExternalIP(Yaml.Decode<Service>("v1", "Service", yaml)));
    }

    public static TheoryData<string, string, string> PortCells => new()
    {
        { "one port", "ports: [{port: 80, protocol: TCP}]", "80/TCP" },
        { "node port", "ports: [{port: 80, protocol: TCP, nodePort: 30080}]", "80:30080/TCP" },
        { "several ports", "ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP, nodePort: 30053}]", "53/UDP,53:30053/TCP" },
        { "no ports", "selector: {app: x}", "<none>" },
    };

    [Theory]
    [MemberData(nameof(PortCells))]
    public void PortsCell_Case_MatchesUpstream(string name, string spec, string expected)
    {
        Assert.NotEmpty(name);
        var service = Yaml.Decode<Service>("v1", "Service", "spec: {type: ClusterIP, " + spec + "}");

        var row = TableConvertor.Default.Convert([service], Resource.Services, TableOptions.Default, GoldenTableTests.Now).Rows[0];

        Assert.Equal(expected, row.Cells[4].GetString());
    }

    [Theory]
    [InlineData("clusterIPs: [10.43.0.10, 'fd00::10'], clusterIP: 10.43.0.10", "10.43.0.10")]
    [InlineData("clusterIP: 10.43.0.11", "10.43.0.11")]
    [InlineData("clusterIP: None, clusterIPs: [None]", "None")]
    [InlineData("ports: []", "<none>")]
    public void ClusterIPCell_Case_IsFirstClusterIP(string spec, string expected)
    {
        var service = Yaml.Decode<Service>("v1", "Service", "spec: {type: ClusterIP, " + spec + "}");

        var row = TableConvertor.Default.Convert([service], Resource.Services, TableOptions.Default, GoldenTableTests.Now).Rows[0];

        Assert.Equal(expected, row.Cells[2].GetString());
    }
}
