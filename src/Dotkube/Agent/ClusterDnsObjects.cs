using System.Net;
using System.Net.Sockets;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using EndpointPort = Dotkube.Api.Discovery.V1.EndpointPort;

namespace Dotkube.Agent;

/// <summary>
/// The kube-system/kube-dns Service and the per-node EndpointSlices that point it at each agent's
/// DNS server. The Service copies CoreDNS's as k3s deploys it (name, labels, ports, a fixed cluster
/// IP); it has no selector, because the DNS server is not a pod: each agent writes the slice
/// <c>kube-dns-NODE</c> with its node address instead, as a selectorless Service's endpoints are.
/// </summary>
public static class ClusterDnsObjects
{
    public const string Namespace = "kube-system";

    public const string ServiceName = "kube-dns";

    /// <summary>Marks the slices as the agent's, so the EndpointSlice controller leaves them alone.</summary>
    public const string ManagedBy = "dotkube-agent";

    /// <summary>The kubelet's --cluster-dns default, k3s's: the tenth address of the default service CIDR.</summary>
    public static readonly IPAddress DefaultIp = IPAddress.Parse("10.43.0.10");

    /// <summary>The cluster DNS address for a service CIDR: its tenth address, as k3s derives --cluster-dns.</summary>
    public static IPAddress IpFor(string serviceCidr)
    {
        var network = IPNetwork.Parse(serviceCidr);
        var bytes = network.BaseAddress.GetAddressBytes();
        var value = ((uint)bytes[0] << 24 | (uint)bytes[1] << 16 | (uint)bytes[2] << 8 | bytes[3]) + 10;
        return new IPAddress([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);
    }

    public static Service Service(IPAddress clusterIp) => new()
    {
        Metadata = new ObjectMeta
        {
            Name = ServiceName,
            Namespace = Namespace,
            Labels = new()
            {
                ["k8s-app"] = "kube-dns",
                ["kubernetes.io/cluster-service"] = "true",
                ["kubernetes.io/name"] = "CoreDNS",
            },
            // As CoreDNS's Service: Prometheus scrapes its metrics port.
            Annotations = new() { ["prometheus.io/port"] = "9153", ["prometheus.io/scrape"] = "true" },
        },
        Spec = new ServiceSpec
        {
            Type = "ClusterIP",
            ClusterIP = clusterIp.ToString(),
            ClusterIPs = [clusterIp.ToString()],
            Ports =
            [
                new ServicePort { Name = "dns", Port = 53, Protocol = "UDP", TargetPort = IntOrString.FromInt(53) },
                new ServicePort { Name = "dns-tcp", Port = 53, Protocol = "TCP", TargetPort = IntOrString.FromInt(53) },
                new ServicePort { Name = "metrics", Port = 9153, Protocol = "TCP", TargetPort = IntOrString.FromInt(9153) },
            ],
        },
    };

    public static string SliceName(string nodeName) => $"{ServiceName}-{nodeName}";

    /// <summary>The node's slice: its address, ready, on 53 UDP and TCP (named as the Service's ports, which is how the proxy pairs them).</summary>
    public static EndpointSlice Slice(string nodeName, IPAddress nodeIp, Service service) => new()
    {
        Metadata = new ObjectMeta
        {
            Name = SliceName(nodeName),
            Namespace = Namespace,
            Labels = new() { [EndpointSliceLabels.ServiceName] = ServiceName, [EndpointSliceLabels.ManagedBy] = ManagedBy },
            // Owned by the Service, as the controller's slices are: deleting it (--disable dns) takes every node's slice along.
            OwnerReferences = [new OwnerReference { ApiVersion = "v1", Kind = "Service", Name = ServiceName, Uid = service.Metadata.Uid ?? "" }],
        },
        AddressType = nodeIp.AddressFamily == AddressFamily.InterNetworkV6 ? "IPv6" : "IPv4",
        Endpoints =
        [
            new Endpoint
            {
                Addresses = [nodeIp.ToString()],
                Conditions = new EndpointConditions { Ready = true, Serving = true, Terminating = false },
                NodeName = nodeName,
            },
        ],
        Ports =
        [
            new EndpointPort { Name = "dns", Port = 53, Protocol = "UDP" },
            new EndpointPort { Name = "dns-tcp", Port = 53, Protocol = "TCP" },
        ],
    };
}
