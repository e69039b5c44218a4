namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="PersistentVolumeClaimStatus.Phase"/>.</summary>
public static class PersistentVolumeClaimPhase
{
    public const string Pending = "Pending";
    public const string Bound = "Bound";

    /// <summary>The bound volume no longer exists.</summary>
    public const string Lost = "Lost";
}
