namespace Dotkube.Api.Discovery.V1;

/// <summary>discovery/v1 EndpointHints for topology-aware routing.</summary>
public sealed class EndpointHints
{
    public List<ForZone>? ForZones { get; set; }
}
