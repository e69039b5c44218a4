using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Controllers.Common;
using SlicePort = Dotkube.Api.Discovery.V1.EndpointPort;

namespace Dotkube.Controllers.EndpointSlices;

/// <summary>
/// How a pod becomes an EndpointSlice endpoint (upstream's podToEndpoint, getEndpointPorts and
/// getAddressTypesForService) and when two endpoints are the same one.
/// </summary>
public static class DesiredEndpoints
{
    public const string ZoneLabel = "topology.kubernetes.io/zone";

    /// <summary>
    /// The endpoint of <paramref name="pod"/>: its addresses of <paramref name="addressType"/>;
    /// serving when the pod is Ready; terminating while it is being deleted; ready when serving
    /// and not terminating, or always with publishNotReadyAddresses (for compatibility with
    /// Endpoints, ready is never true for a terminating pod otherwise).
    /// </summary>
    public static Endpoint ToEndpoint(Pod pod, Node? node, Service service, string addressType)
    {
        var serving = PodState.IsReady(pod);
        var terminating = pod.Metadata.DeletionTimestamp is not null;
        var zone = node?.Metadata.Labels?.GetValueOrDefault(ZoneLabel);
        return new Endpoint
        {
            Addresses = [.. ServiceEndpoints.PodIpsOfFamily(pod, addressType)],
            Conditions = new EndpointConditions
            {
                Ready = service.Spec.PublishNotReadyAddresses == true || (serving && !terminating),
                Serving = serving,
                Terminating = terminating,
            },
            TargetRef = ServiceEndpoints.PodReference(pod),
            NodeName = string.IsNullOrEmpty(pod.Spec.NodeName) ? null : pod.Spec.NodeName,
            Zone = string.IsNullOrEmpty(zone) ? null : zone,
            Hostname = ServiceEndpoints.ShouldSetHostname(pod, service) ? pod.Spec.Hostname : null,
        };
    }

    /// <summary>
    /// The service's ports as this pod serves them, in service order; ports the pod cannot
    /// resolve (a named targetPort it lacks) are left out. A headless service may have none.
    /// </summary>
    public static List<SlicePort> Ports(Service service, Pod pod)
    {
        var ports = new List<SlicePort>();
        foreach (var servicePort in service.Spec.Ports ?? [])
        {
            if (!ServiceEndpoints.TryFindPort(pod, servicePort, out var number))
                continue;
            ports.Add(new SlicePort
            {
                // As upstream: name and protocol always set, "" for an unnamed port.
                Name = servicePort.Name ?? "",
                Protocol = ServiceEndpoints.ProtocolOf(servicePort.Protocol),
                Port = number,
                AppProtocol = servicePort.AppProtocol,
            });
        }

        return ports;
    }

    /// <summary>
    /// The address types of the service's slices: one per spec.ipFamilies; without families the
    /// cluster IP's family, or both for a headless service (upstream's upgrade-safe guess).
    /// </summary>
    public static IReadOnlyList<string> AddressTypes(Service service)
    {
        var types = (service.Spec.IPFamilies ?? []).Where(f => f is AddressType.IPv4 or AddressType.IPv6).Distinct().ToList();
        if (types.Count > 0)
            return types;
        if (!ServiceEndpoints.IsHeadless(service))
            return [ServiceEndpoints.IsIPv6(service.Spec.ClusterIP!) ? AddressType.IPv6 : AddressType.IPv4];
        return [AddressType.IPv4, AddressType.IPv6];
    }

    /// <summary>Identifies a set of ports regardless of order (endpointutil.NewPortMapKey).</summary>
    public static string PortsKey(IEnumerable<SlicePort> ports) =>
        string.Join(",", ports.Select(p => $"{p.Name}:{p.Port}/{ServiceEndpoints.ProtocolOf(p.Protocol)}/{p.AppProtocol}").Order(StringComparer.Ordinal));

    /// <summary>Which endpoint this is, whatever its state: addresses, hostname and target (upstream's endpoint hash).</summary>
    public static string Identity(Endpoint endpoint) =>
        string.Join(",", endpoint.Addresses.Order(StringComparer.Ordinal)) + "|" + endpoint.Hostname + "|" +
        endpoint.TargetRef?.Namespace + "/" + endpoint.TargetRef?.Name;

    /// <summary>Equal in everything <see cref="Identity"/> leaves out (EndpointsEqualBeyondHash).</summary>
    public static bool SameState(Endpoint a, Endpoint b) =>
        a.Conditions.Ready == b.Conditions.Ready && a.Conditions.Serving == b.Conditions.Serving &&
        a.Conditions.Terminating == b.Conditions.Terminating && a.Zone == b.Zone && a.NodeName == b.NodeName &&
        (a.Hints?.ForZones?.Count ?? 0) == 0 && (b.Hints?.ForZones?.Count ?? 0) == 0 &&
        a.TargetRef?.Kind == b.TargetRef?.Kind && a.TargetRef?.Uid == b.TargetRef?.Uid;

    /// <summary>
    /// The slice labels: the service's own (without the reserved keys), the headless label for a
    /// headless service, the service name and the managing controller.
    /// </summary>
    public static Dictionary<string, string> Labels(Service service)
    {
        var labels = new Dictionary<string, string>();
        foreach (var (key, value) in service.Metadata.Labels ?? [])
        {
            if (key is not (EndpointSliceLabels.ServiceName or EndpointSliceLabels.ManagedBy or ServiceEndpoints.HeadlessLabel))
                labels[key] = value;
        }

        if (ServiceEndpoints.IsHeadless(service))
            labels[ServiceEndpoints.HeadlessLabel] = "";
        labels[EndpointSliceLabels.ServiceName] = service.Metadata.Name!;
        labels[EndpointSliceLabels.ManagedBy] = EndpointSliceLabels.ControllerName;
        return labels;
    }
}
