namespace Dotkube.Api.Apps.V1;

/// <summary>Condition types the deployment controller sets.</summary>
public static class DeploymentConditionType
{
    public const string Available = "Available";
    public const string Progressing = "Progressing";
    public const string ReplicaFailure = "ReplicaFailure";
}
