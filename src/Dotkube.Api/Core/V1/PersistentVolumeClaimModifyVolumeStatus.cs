namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="ModifyVolumeStatus.Status"/>.</summary>
public static class PersistentVolumeClaimModifyVolumeStatus
{
    public const string Pending = "Pending";
    public const string InProgress = "InProgress";
    public const string Infeasible = "Infeasible";
}
