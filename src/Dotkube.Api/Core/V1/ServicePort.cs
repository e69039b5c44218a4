using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>A port exposed by a Service and the port on the selected pods that it forwards to.</summary>
/// <remarks>core/v1 ServicePort.</remarks>
public sealed class ServicePort
{
    /// <summary>A name for the port, unique within the service. Required when the service has more than one port.</summary>
    public string? Name { get; set; }

    /// <summary>The protocol of the port: TCP, UDP or SCTP. Defaults to TCP.</summary>
    /// <remarks>TCP, UDP or SCTP; defaults to TCP upstream.</remarks>
    public string? Protocol { get; set; }

    /// <summary>The application protocol spoken on the port, such as http, https or h2c, as a hint to proxies and load balancers.</summary>
    public string? AppProtocol { get; set; }

    /// <summary>The port the service listens on. Required.</summary>
    public int Port { get; set; }

    /// <summary>The port on the pods that traffic is sent to, as a number or the name of a container port. Defaults to the value of port.</summary>
    /// <remarks>A number or a named container port; absent means the same as <see cref="Port"/>.</remarks>
    public IntOrString? TargetPort { get; set; }

    /// <summary>For NodePort and LoadBalancer services: the port opened on every node for this service. Allocated automatically when not set.</summary>
    public int? NodePort { get; set; }
}
