namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="PersistentVolumeClaimStatus.AllocatedResourceStatuses"/>; controllers ignore unknown ones.</summary>
public static class ClaimResourceStatus
{
    public const string ControllerResizeInProgress = "ControllerResizeInProgress";
    public const string ControllerResizeFailed = "ControllerResizeFailed";
    public const string NodeResizePending = "NodeResizePending";
    public const string NodeResizeInProgress = "NodeResizeInProgress";
    public const string NodeResizeFailed = "NodeResizeFailed";
}
