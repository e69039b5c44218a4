namespace Dotkube.Api.Apps.V1;

public sealed class ReplicaSetCondition
{
    /// <summary>See <see cref="ReplicaSetConditionType"/>.</summary>
    public string Type { get; set; } = "";

    public string Status { get; set; } = "";

    public DateTimeOffset LastTransitionTime { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }
}
