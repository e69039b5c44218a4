namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 EndpointPort.</summary>
public sealed class EndpointPort
{
    public string? Name { get; set; }

    public int Port { get; set; }

    public string? Protocol { get; set; }

    public string? AppProtocol { get; set; }
}
