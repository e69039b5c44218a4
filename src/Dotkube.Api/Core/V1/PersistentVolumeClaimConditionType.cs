namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="PersistentVolumeClaimCondition.Type"/>.</summary>
public static class PersistentVolumeClaimConditionType
{
    public const string Resizing = "Resizing";
    public const string FileSystemResizePending = "FileSystemResizePending";
    public const string ModifyVolumeError = "ModifyVolumeError";
    public const string ModifyingVolume = "ModifyingVolume";
}
