using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Discovery.V1;

/// <summary>discovery.k8s.io/v1 EndpointSlice: a subset of a Service's endpoints (at most 1000 endpoints, 100 ports).</summary>
[KubeKind("discovery.k8s.io", "v1", "endpointslices")]
public sealed class EndpointSlice : KubeObject
{
    /// <summary>"IPv4", "IPv6" or "FQDN" (<see cref="AddressType"/>); immutable.</summary>
    public string AddressType { get; set; } = "";

    /// <summary>Tagged without omitempty upstream, so always written.</summary>
    public List<Endpoint> Endpoints { get; set => field = value ?? []; } = [];

    /// <summary>Tagged without omitempty upstream, so always written. Empty means no ports are defined.</summary>
    public List<EndpointPort> Ports { get; set => field = value ?? []; } = [];
}
