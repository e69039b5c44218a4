using Dotkube.Api.Core.V1;
using static Dotkube.Api.Tests.Defaulting.DefaultingHarness;

namespace Dotkube.Api.Tests.Defaulting;

public class ServiceDefaultsTests
{
    [Fact]
    public void Apply_MinimalService_DefaultsClusterIPTypeAndPorts()
    {
        var service = Defaulted<Service>("""{"metadata":{"name":"s"},"spec":{"selector":{"app":"a"},"ports":[{"port":80},{"port":53,"protocol":"UDP","targetPort":"dns"},{"port":8080,"targetPort":0}]}}""");

        AssertJson("""
            {
              "metadata": {"name": "s", "creationTimestamp": null},
              "spec": {
                "ports": [
                  {"protocol": "TCP", "port": 80, "targetPort": 80},
                  {"protocol": "UDP", "port": 53, "targetPort": "dns"},
                  {"protocol": "TCP", "port": 8080, "targetPort": 8080}
                ],
                "selector": {"app": "a"},
                "type": "ClusterIP",
                "sessionAffinity": "None",
                "internalTrafficPolicy": "Cluster"
              },
              "status": {"loadBalancer": {}}
            }
            """, service);
    }

    [Theory]
    [InlineData("ClusterIP", false, null, "Cluster", null)]
    [InlineData("ClusterIP", true, "Cluster", "Cluster", null)]
    [InlineData("NodePort", false, "Cluster", "Cluster", null)]
    [InlineData("LoadBalancer", false, "Cluster", "Cluster", true)]
    [InlineData("ExternalName", false, null, null, null)]
    public void Apply_ServiceType_DefaultsTrafficPoliciesAsUpstream(
        string type, bool externalIPs, string? externalPolicy, string? internalPolicy, bool? allocateNodePorts)
    {
        var service = new Service { Spec = { Type = type, ExternalIPs = externalIPs ? ["192.0.2.1"] : null } };

        Dotkube.Api.Defaulting.ObjectDefaults.Apply(service);

        Assert.Equal(externalPolicy, service.Spec.ExternalTrafficPolicy);
        Assert.Equal(internalPolicy, service.Spec.InternalTrafficPolicy);
        Assert.Equal(allocateNodePorts, service.Spec.AllocateLoadBalancerNodePorts);
        Assert.Null(service.Spec.ClusterIP);
        Assert.Null(service.Spec.IPFamilies);
    }

    [Fact]
    public void Apply_ClientIPAffinityWithoutTimeout_Defaults10800Seconds()
    {
        var service = Defaulted<Service>("""{"spec":{"sessionAffinity":"ClientIP","sessionAffinityConfig":{"clientIP":{}}}}""");

        Assert.Equal(10800, service.Spec.SessionAffinityConfig!.ClientIP!.TimeoutSeconds);
    }

    [Fact]
    public void Apply_NoneAffinity_DropsSessionAffinityConfig()
    {
        var service = Defaulted<Service>("""{"spec":{"sessionAffinityConfig":{"clientIP":{"timeoutSeconds":5}}}}""");

        Assert.Null(service.Spec.SessionAffinityConfig);
    }

    [Fact]
    public void Apply_LoadBalancerIngressWithIP_DefaultsIPModeVIP()
    {
        var service = Defaulted<Service>("""{"spec":{"type":"LoadBalancer"},"status":{"loadBalancer":{"ingress":[{"ip":"192.0.2.9"},{"hostname":"lb.example"}]}}}""");

        Assert.Equal(LoadBalancerIPMode.VIP, service.Status.LoadBalancer.Ingress![0].IPMode);
        Assert.Null(service.Status.LoadBalancer.Ingress[1].IPMode);
    }

    [Fact]
    public void Apply_Endpoints_DefaultsPortProtocol()
    {
        var endpoints = Defaulted<Endpoints>("""{"subsets":[{"addresses":[{"ip":"10.0.0.1"}],"ports":[{"port":80},{"port":53,"protocol":"UDP"}]}]}""");

        Assert.Equal(["TCP", "UDP"], endpoints.Subsets![0].Ports!.Select(p => p.Protocol!));
    }
}
