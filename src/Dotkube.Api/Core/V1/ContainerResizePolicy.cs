namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ContainerResizePolicy: whether an in-place resize of cpu or memory restarts the container.</summary>
public sealed class ContainerResizePolicy
{
    public string ResourceName { get; set; } = "";

    /// <summary>NotRequired or RestartContainer.</summary>
    public string RestartPolicy { get; set; } = "";
}
