using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Kubelet.Pods;

namespace Dotkube.Kubelet.Tests.Pods;

/// <summary>Service link variables as upstream's envvars.FromServices and getServiceEnvVarMap.</summary>
public sealed class ServiceEnvVarsTests
{
    [Fact]
    public void A_service_gets_host_port_named_ports_and_docker_link_variables()
    {
        var service = Service("shop", "redis-primary", "10.43.0.9", 6379);
        service.Spec.Ports![0].Name = "redis";
        service.Spec.Ports.Add(new ServicePort { Name = "metrics", Port = 9121, Protocol = "UDP" });

        var env = ServiceEnvVars.For("shop", enableServiceLinks: true, [service]);

        Assert.Equal(
        [
            ("REDIS_PRIMARY_SERVICE_HOST", "10.43.0.9"),
            ("REDIS_PRIMARY_SERVICE_PORT", "6379"),
            ("REDIS_PRIMARY_SERVICE_PORT_REDIS", "6379"),
            ("REDIS_PRIMARY_SERVICE_PORT_METRICS", "9121"),
            ("REDIS_PRIMARY_PORT", "tcp://10.43.0.9:6379"),
            ("REDIS_PRIMARY_PORT_6379_TCP", "tcp://10.43.0.9:6379"),
            ("REDIS_PRIMARY_PORT_6379_TCP_PROTO", "tcp"),
            ("REDIS_PRIMARY_PORT_6379_TCP_PORT", "6379"),
            ("REDIS_PRIMARY_PORT_6379_TCP_ADDR", "10.43.0.9"),
            ("REDIS_PRIMARY_PORT_9121_UDP", "udp://10.43.0.9:9121"),
            ("REDIS_PRIMARY_PORT_9121_UDP_PROTO", "udp"),
            ("REDIS_PRIMARY_PORT_9121_UDP_PORT", "9121"),
            ("REDIS_PRIMARY_PORT_9121_UDP_ADDR", "10.43.0.9"),
        ], env.Select(v => (v.Key, v.Value)));
    }

    [Fact]
    public void Only_the_pods_namespace_and_the_default_kubernetes_service_count_and_headless_ones_do_not()
    {
        Service[] services =
        [
            Service("default", "kubernetes", "10.43.0.1", 443),
            Service("shop", "web", "10.43.0.5", 80),
            Service("other", "api", "10.43.0.6", 80),
            Service("shop", "headless", "None", 80),
        ];
        Assert.Equal(["KUBERNETES_SERVICE_HOST", "WEB_SERVICE_HOST"], Hosts(ServiceEnvVars.For("shop", true, services)));
        Assert.Equal(["KUBERNETES_SERVICE_HOST"], Hosts(ServiceEnvVars.For("shop", enableServiceLinks: false, services)));
    }

    [Fact]
    public void A_kubernetes_service_in_the_pods_namespace_wins_over_the_default_one()
    {
        Service[] services = [Service("shop", "kubernetes", "10.43.0.99", 443), Service("default", "kubernetes", "10.43.0.1", 443)];
        Assert.Contains(new KeyValuePair<string, string>("KUBERNETES_SERVICE_HOST", "10.43.0.99"), ServiceEnvVars.For("shop", true, services));
    }

    [Fact]
    public void IPv6_cluster_IPs_are_bracketed_in_urls() =>
        Assert.Contains(new KeyValuePair<string, string>("WEB_PORT", "tcp://[fd00::5]:80"), ServiceEnvVars.For("shop", true, [Service("shop", "web", "fd00::5", 80)]));

    internal static Service Service(string ns, string name, string clusterIP, int port) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns },
        Spec = new ServiceSpec { ClusterIP = clusterIP, Ports = [new ServicePort { Port = port, Protocol = "TCP" }] },
    };

    private static IEnumerable<string> Hosts(List<KeyValuePair<string, string>> env) => env.Where(v => v.Key.EndsWith("_SERVICE_HOST", StringComparison.Ordinal)).Select(v => v.Key);
}
