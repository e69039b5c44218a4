using System.Net;
using System.Net.Sockets;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;

namespace Dotkube.Proxy.Rules;

/// <summary>Turns Services and EndpointSlices into the service ports the rules are written for, as upstream's ServiceChangeTracker and EndpointsChangeTracker.</summary>
public static class ServiceSnapshot
{
    /// <summary>Upstream ignores services carrying this label (they belong to another proxy).</summary>
    public const string ServiceProxyNameLabel = "service.kubernetes.io/service-proxy-name";

    public static IReadOnlyList<ServicePortEndpoints> Build(IEnumerable<Service> services, IEnumerable<EndpointSlice> slices)
    {
        var slicesByService = slices
            .Where(s => s.AddressType == "IPv4" && s.Metadata.Labels?.GetValueOrDefault(EndpointSliceLabels.ServiceName) is { Length: > 0 })
            .ToLookup(s => (s.Metadata.Namespace ?? "", s.Metadata.Labels![EndpointSliceLabels.ServiceName]));
        var ports = new List<ServicePortEndpoints>();
        foreach (var service in services.Where(IsProxied))
        {
            var ns = service.Metadata.Namespace ?? "";
            var name = service.Metadata.Name ?? "";
            var serviceSlices = slicesByService[(ns, name)].ToList();
            foreach (var port in service.Spec.Ports ?? [])
            {
                var info = PortInfo(service, port, $"{ns}/{name}" + (string.IsNullOrEmpty(port.Name) ? "" : ":" + port.Name));
                ports.Add(new ServicePortEndpoints(info, EndpointsFor(serviceSlices, port)));
            }
        }

        return ports.OrderBy(p => p.Port.Name, StringComparer.Ordinal).ThenBy(p => p.Port.Proto, StringComparer.Ordinal).ToList();
    }

    /// <summary>As upstream: no rules for headless or ExternalName services, nor for those another proxy claims.</summary>
    private static bool IsProxied(Service service) =>
        service.Spec.Type != ServiceType.ExternalName
        && IsIPv4(service.Spec.ClusterIP)
        && service.Metadata.Labels?.ContainsKey(ServiceProxyNameLabel) != true;

    private static ServicePortInfo PortInfo(Service service, ServicePort port, string name)
    {
        var spec = service.Spec;
        var external = spec.Type is ServiceType.NodePort or ServiceType.LoadBalancer;
        var lbIPs = spec.Type == ServiceType.LoadBalancer
            // An ingress with ipMode Proxy is reached through the load balancer's own proxy, so upstream writes no rule for it.
            ? (service.Status.LoadBalancer.Ingress ?? []).Where(i => i.IPMode != LoadBalancerIPMode.Proxy && IsIPv4(i.IP)).Select(i => i.IP!).Distinct().ToList()
            : [];
        int? affinity = spec.SessionAffinity == ServiceAffinity.ClientIP
            ? spec.SessionAffinityConfig?.ClientIP?.TimeoutSeconds ?? ClientIPConfig.DefaultTimeoutSeconds
            : null;
        return new ServicePortInfo(name, port.Protocol ?? "TCP", spec.ClusterIP!, port.Port,
            external ? port.NodePort ?? 0 : 0,
            (spec.ExternalIPs ?? []).Where(IsIPv4).Distinct().ToList(),
            lbIPs,
            affinity,
            external && spec.ExternalTrafficPolicy == ServiceExternalTrafficPolicy.Local);
    }

    /// <summary>The slices' endpoints for the slice port named (and with the protocol) of the service port, one per address.</summary>
    private static List<EndpointInfo> EndpointsFor(List<EndpointSlice> slices, ServicePort port)
    {
        var byAddress = new SortedDictionary<string, EndpointInfo>(StringComparer.Ordinal);
        foreach (var slice in slices)
        {
            var slicePort = slice.Ports.FirstOrDefault(p => (p.Name ?? "") == (port.Name ?? "") && (p.Protocol ?? "TCP") == (port.Protocol ?? "TCP"));
            if (slicePort?.Port is not { } number)
                continue;
            foreach (var endpoint in slice.Endpoints)
            {
                var ready = endpoint.Conditions.Ready ?? true;
                var info = new EndpointInfo("", number, ready, endpoint.Conditions.Serving ?? ready, endpoint.Conditions.Terminating ?? false, endpoint.NodeName);
                // Upstream takes an endpoint's first address only.
                if (endpoint.Addresses.FirstOrDefault() is { } address && IsIPv4(address))
                    byAddress.TryAdd($"{address}:{number}", info with { IP = address });
            }
        }

        return [.. byAddress.Values];
    }

    private static bool IsIPv4(string? ip) => IPAddress.TryParse(ip, out var address) && address.AddressFamily == AddressFamily.InterNetwork;
}
