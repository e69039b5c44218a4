namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ContainerStateWaiting ("ContainerCreating", "CrashLoopBackOff", "ImagePullBackOff", ...).</summary>
public sealed class ContainerStateWaiting
{
    public string? Reason { get; set; }

    public string? Message { get; set; }
}
