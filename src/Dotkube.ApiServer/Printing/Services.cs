using System.Globalization;
using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printService: NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE, wide SELECTOR.</summary>
internal static class Services
{
    public static TablePrinter Printer { get; } = TablePrinter.For<Service>(
        [
            Column.Name(),
            Column.String("Type", SwaggerDocs.ServiceSpecType),
            Column.String("Cluster-IP", SwaggerDocs.ServiceSpecClusterIP),
            Column.String("External-IP", SwaggerDocs.ServiceSpecExternalIPs),
            Column.String("Port(s)", SwaggerDocs.ServiceSpecPorts),
            Column.Age(),
            Column.String("Selector", SwaggerDocs.ServiceSpecSelector, Column.Wide),
        ],
        (service, row) =>
        {
            var ports = Ports(service.Spec.Ports);
            row.Add(service.Metadata.Name)
                .Add(service.Spec.Type)
                .Add(ClusterIP(service.Spec))
                .Add(ExternalIP(service))
                .Add(ports.Length == 0 ? Format.None : ports)
                .Age(service.Metadata.CreationTimestamp)
                .Add(Format.Labels(service.Spec.Selector));
        });

    /// <summary>
    /// getServiceExternalIP: external IPs for ClusterIP and NodePort ("&lt;none&gt;"), load
    /// balancer ingress then external IPs for LoadBalancer ("&lt;pending&gt;" until assigned),
    /// the DNS name for ExternalName. The server prints wide, so nothing is clipped to 16.
    /// </summary>
    internal static string ExternalIP(Service service)
    {
        var externalIPs = service.Spec.ExternalIPs ?? [];
        switch (service.Spec.Type)
        {
            case "ClusterIP" or "NodePort":
                return externalIPs.Count > 0 ? string.Join(",", externalIPs) : Format.None;
            case "LoadBalancer":
                var balancer = Format.LoadBalancerAddresses(service.Status.LoadBalancer.Ingress?.Select(i => (i.IP, i.Hostname)));
                if (externalIPs.Count > 0)
                {
                    return string.Join(",", (balancer.Length > 0 ? balancer.Split(',') : []).Concat(externalIPs));
                }

                return balancer.Length > 0 ? balancer : "<pending>";
            case "ExternalName":
                return service.Spec.ExternalName ?? "";
            default:
                return "<unknown>";
        }
    }

    /// <summary>makePortString: "80/TCP", or "80:30080/TCP" with a node port, comma-joined.</summary>
    internal static string Ports(IReadOnlyList<ServicePort>? ports) =>
        ports is null
            ? ""
            : string.Join(",", ports.Select(p => p.NodePort is > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{p.Port}:{p.NodePort}/{p.Protocol}")
                : string.Create(CultureInfo.InvariantCulture, $"{p.Port}/{p.Protocol}")));

    /// <summary>The first cluster IP ("None" for headless); v1's clusterIP alone converts into clusterIPs.</summary>
    private static string ClusterIP(ServiceSpec spec) =>
        spec.ClusterIPs is { Count: > 0 } ips ? ips[0]
        : string.IsNullOrEmpty(spec.ClusterIP) ? Format.None
        : spec.ClusterIP;
}
