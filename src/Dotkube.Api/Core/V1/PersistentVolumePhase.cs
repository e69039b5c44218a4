namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="PersistentVolumeStatus.Phase"/>.</summary>
public static class PersistentVolumePhase
{
    public const string Pending = "Pending";
    public const string Available = "Available";
    public const string Bound = "Bound";
    public const string Released = "Released";
    public const string Failed = "Failed";
}
