namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ContainerStateRunning.</summary>
public sealed class ContainerStateRunning
{
    public DateTimeOffset StartedAt { get; set; }
}
