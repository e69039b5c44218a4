namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 IngressPortStatus: the state of one exposed port.</summary>
public sealed class IngressPortStatus
{
    /// <summary>Tagged without omitempty upstream, so always written.</summary>
    public int Port { get; set; }

    /// <summary>Tagged without omitempty upstream, so always written: TCP, UDP or SCTP.</summary>
    public string Protocol { get; set; } = "";

    /// <summary>A CamelCase reason, or domain-prefixed (foo.example.com/CamelCase) for provider errors.</summary>
    public string? Error { get; set; }
}
