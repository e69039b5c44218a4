namespace Dotkube.Api.Discovery.V1;

/// <summary>discovery/v1 ForZone: a zone that should consume an endpoint.</summary>
public sealed class ForZone
{
    public string Name { get; set; } = "";
}
