namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ContainerState: at most one member is set; none means waiting.</summary>
public sealed class ContainerState
{
    public ContainerStateWaiting? Waiting { get; set; }

    public ContainerStateRunning? Running { get; set; }

    public ContainerStateTerminated? Terminated { get; set; }
}
