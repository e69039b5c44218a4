using System.Text.Json.Serialization;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ContainerPort; containerPort is required and always written.</summary>
public sealed class ContainerPort
{
    public string? Name { get; set; }

    public int? HostPort { get; set; }

    /// <summary>The "containerPort" key (a member cannot share its class's name in C#); always written.</summary>
    [JsonPropertyName("containerPort")]
    public int Port { get; set; }

    /// <summary>One of <see cref="Dotkube.Api.Core.V1.Protocol"/>; defaulted to TCP upstream.</summary>
    public string? Protocol { get; set; }

    public string? HostIP { get; set; }
}
