namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 EndpointSubset: addresses sharing a set of ports (the endpoints are their product).</summary>
public sealed class EndpointSubset
{
    public List<EndpointAddress>? Addresses { get; set; }

    public List<EndpointAddress>? NotReadyAddresses { get; set; }

    public List<EndpointPort>? Ports { get; set; }
}
