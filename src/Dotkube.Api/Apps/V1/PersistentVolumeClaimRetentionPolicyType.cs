namespace Dotkube.Api.Apps.V1;

/// <summary>Values of <c>whenDeleted</c> and <c>whenScaled</c>.</summary>
public static class PersistentVolumeClaimRetentionPolicyType
{
    public const string Retain = "Retain";
    public const string Delete = "Delete";
}
