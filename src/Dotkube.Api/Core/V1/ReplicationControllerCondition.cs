namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ReplicationControllerCondition; the only upstream type is "ReplicaFailure".</summary>
public sealed class ReplicationControllerCondition
{
    public string Type { get; set; } = "";

    /// <summary>One of <see cref="ConditionStatus"/>.</summary>
    public string Status { get; set; } = "";

    public DateTimeOffset LastTransitionTime { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }
}
