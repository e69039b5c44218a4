namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 EndpointAddress.</summary>
public sealed class EndpointAddress
{
    public string IP { get; set; } = "";

    public string? Hostname { get; set; }

    public string? NodeName { get; set; }

    public ObjectReference? TargetRef { get; set; }
}
