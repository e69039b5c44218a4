namespace Dotkube.Api.Apps.V1;

/// <summary>Condition types the replica set controller sets.</summary>
public static class ReplicaSetConditionType
{
    public const string ReplicaFailure = "ReplicaFailure";
}
