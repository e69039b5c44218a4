using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ServicePort.</summary>
public sealed class ServicePort
{
    public string? Name { get; set; }

    /// <summary>TCP, UDP or SCTP; defaults to TCP upstream.</summary>
    public string? Protocol { get; set; }

    public string? AppProtocol { get; set; }

    public int Port { get; set; }

    /// <summary>A number or a named container port; absent means the same as <see cref="Port"/>.</summary>
    public IntOrString? TargetPort { get; set; }

    public int? NodePort { get; set; }
}
