namespace Dotkube.Api.Discovery.V1;

/// <summary>discovery/v1 EndpointPort. Names are unique within a slice.</summary>
public sealed class EndpointPort
{
    /// <summary>"" or a DNS label; matches the Service port's name.</summary>
    public string? Name { get; set; }

    /// <summary>TCP, UDP or SCTP; defaults to TCP.</summary>
    public string? Protocol { get; set; }

    /// <summary>Null means every port, interpreted by the consumer.</summary>
    public int? Port { get; set; }

    public string? AppProtocol { get; set; }
}
