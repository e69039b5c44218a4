using System.Text.Json.Serialization;

namespace Dotkube.Api.Core.V1;

/// <summary>A network port that a container listens on.</summary>
/// <remarks>core/v1 ContainerPort; containerPort is required and always written.</remarks>
public sealed class ContainerPort
{
    /// <summary>A name for the port, unique within the pod, that Services and probes can refer to instead of the number. Must be an IANA service name of at most 15 characters.</summary>
    public string? Name { get; set; }

    /// <summary>A port on the node forwarded to this container port. Rarely needed; it limits where the pod can be scheduled.</summary>
    public int? HostPort { get; set; }

    /// <summary>The port number the container listens on, between 1 and 65535. Required.</summary>
    /// <remarks>The "containerPort" key (a member cannot share its class's name in C#); always written.</remarks>
    [JsonPropertyName("containerPort")]
    public int Port { get; set; }

    /// <summary>The protocol of the port: TCP, UDP or SCTP. Defaults to TCP.</summary>
    /// <remarks>One of <see cref="Dotkube.Api.Core.V1.Protocol"/>; defaulted to TCP upstream.</remarks>
    public string? Protocol { get; set; }

    /// <summary>The node IP address that hostPort is bound to.</summary>
    public string? HostIP { get; set; }
}
