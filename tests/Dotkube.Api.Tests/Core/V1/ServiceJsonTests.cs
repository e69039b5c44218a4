using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Tests.Core.V1;

public class ServiceJsonTests
{
    private const string ClusterIPService = """
        {
          "kind": "Service", "apiVersion": "v1",
          "metadata": { "name": "web", "namespace": "default", "creationTimestamp": null },
          "spec": {
            "ports": [
              { "name": "http", "protocol": "TCP", "appProtocol": "http", "port": 80, "targetPort": 8080 },
              { "name": "metrics", "protocol": "TCP", "port": 9090, "targetPort": "metrics" }
            ],
            "selector": { "app": "web" },
            "clusterIP": "10.96.12.34",
            "clusterIPs": ["10.96.12.34", "fd00:10:96::1234"],
            "type": "ClusterIP",
            "sessionAffinity": "ClientIP",
            "sessionAffinityConfig": { "clientIP": { "timeoutSeconds": 10800 } },
            "ipFamilies": ["IPv4", "IPv6"],
            "ipFamilyPolicy": "PreferDualStack",
            "internalTrafficPolicy": "Cluster",
            "trafficDistribution": "PreferClose"
          },
          "status": { "loadBalancer": {} }
        }
        """;

    private const string NodePortService = """
        {
          "kind": "Service", "apiVersion": "v1",
          "metadata": { "name": "ingress-nginx", "namespace": "ingress", "creationTimestamp": null },
          "spec": {
            "ports": [ { "name": "https", "protocol": "TCP", "port": 443, "targetPort": "https", "nodePort": 30443 } ],
            "selector": { "app.kubernetes.io/name": "ingress-nginx" },
            "clusterIP": "10.96.0.77",
            "clusterIPs": ["10.96.0.77"],
            "type": "NodePort",
            "externalIPs": ["192.0.2.10"],
            "sessionAffinity": "None",
            "externalTrafficPolicy": "Local",
            "ipFamilies": ["IPv4"],
            "ipFamilyPolicy": "SingleStack",
            "internalTrafficPolicy": "Local"
          },
          "status": { "loadBalancer": {} }
        }
        """;

    private const string LoadBalancerService = """
        {
          "kind": "Service", "apiVersion": "v1",
          "metadata": { "name": "gateway", "namespace": "prod", "creationTimestamp": null },
          "spec": {
            "ports": [ { "name": "http", "protocol": "TCP", "port": 80, "targetPort": 8080, "nodePort": 31080 } ],
            "selector": { "app": "gateway" },
            "clusterIP": "10.96.40.1",
            "clusterIPs": ["10.96.40.1"],
            "type": "LoadBalancer",
            "loadBalancerIP": "203.0.113.7",
            "loadBalancerSourceRanges": ["203.0.113.0/24"],
            "externalTrafficPolicy": "Local",
            "healthCheckNodePort": 32100,
            "ipFamilies": ["IPv4"],
            "ipFamilyPolicy": "SingleStack",
            "allocateLoadBalancerNodePorts": true,
            "loadBalancerClass": "example.com/internal-vip"
          },
          "status": {
            "loadBalancer": {
              "ingress": [
                { "ip": "203.0.113.7", "ipMode": "VIP", "ports": [ { "port": 80, "protocol": "TCP" } ] },
                { "hostname": "lb.example.com", "ports": [ { "port": 80, "protocol": "TCP", "error": "LoadBalancerMixedProtocolNotSupported" } ] }
              ]
            },
            "conditions": [
              { "type": "LoadBalancerPortsError", "status": "False", "observedGeneration": 2, "lastTransitionTime": "2024-05-01T10:00:00Z", "reason": "LoadBalancerPortsReady", "message": "" }
            ]
          }
        }
        """;

    private const string ExternalNameService = """
        {
          "kind": "Service", "apiVersion": "v1",
          "metadata": { "name": "db", "namespace": "prod", "creationTimestamp": null },
          "spec": { "type": "ExternalName", "externalName": "db.example.com", "sessionAffinity": "None" },
          "status": { "loadBalancer": {} }
        }
        """;

    public static TheoryData<string, string> Services => new()
    {
        { ServiceType.ClusterIP, ClusterIPService },
        { ServiceType.NodePort, NodePortService },
        { ServiceType.LoadBalancer, LoadBalancerService },
        { ServiceType.ExternalName, ExternalNameService },
    };

    [Theory]
    [MemberData(nameof(Services))]
    public void RoundTrip_EachServiceType_IsUnchanged(string type, string json)
    {
        var service = ClusterJson.AssertRoundTrips<Service>(json);

        Assert.Equal(type, service.Spec.Type);
    }

    [Fact]
    public void Decode_TargetPort_KeepsNumberOrName()
    {
        var service = ClusterJson.Decode<Service>(ClusterIPService);

        Assert.True(service.Spec.Ports![0].TargetPort!.Value.IsInt);
        Assert.Equal(8080, service.Spec.Ports[0].TargetPort!.Value.IntValue);
        Assert.Equal("metrics", service.Spec.Ports[1].TargetPort!.Value.StringValue);
    }

    [Fact]
    public void Decode_LoadBalancerStatus_ReadsIngressAndConditions()
    {
        var service = ClusterJson.Decode<Service>(LoadBalancerService);

        var ingress = service.Status.LoadBalancer.Ingress!;
        Assert.Equal(LoadBalancerIPMode.VIP, ingress[0].IPMode);
        Assert.Equal("LoadBalancerMixedProtocolNotSupported", ingress[1].Ports![0].Error);
        Assert.Equal(2, service.Status.Conditions![0].ObservedGeneration);
    }

    [Theory]
    [InlineData("\"clusterIPs\":[")]
    [InlineData("\"ipFamilies\":[")]
    [InlineData("\"ipFamilyPolicy\":")]
    [InlineData("\"externalIPs\":[")]
    [InlineData("\"loadBalancerIP\":")]
    [InlineData("\"ipMode\":")]
    [InlineData("\"clientIP\":")]
    public void Encode_Service_UsesUpstreamKeys(string key)
    {
        var all = string.Concat(new[] { ClusterIPService, NodePortService, LoadBalancerService }
            .Select(j => ClusterJson.Encode(ClusterJson.Decode<Service>(j))));

        Assert.Contains(key, all, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_EmptyService_WritesEmptyLoadBalancerStatus()
    {
        var json = ClusterJson.Encode(new Service());

        Assert.Equal("""{"metadata":{"creationTimestamp":null},"spec":{},"status":{"loadBalancer":{}}}""", json);
    }

    [Fact]
    public void Encode_PortWithoutOptionals_WritesPortOnly()
    {
        Assert.Equal("""{"port":0}""", ClusterJson.Encode(new ServicePort()));
        Assert.Equal("""{"port":80,"protocol":""}""", ClusterJson.Encode(new PortStatus { Port = 80 }));
    }
}
