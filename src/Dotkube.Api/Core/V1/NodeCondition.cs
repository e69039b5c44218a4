namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NodeCondition. The times are metav1.Time values upstream writes as null when unset; here null means absent.</summary>
public sealed class NodeCondition
{
    /// <summary>A <see cref="NodeConditionType"/> value; providers may add their own.</summary>
    public string Type { get; set; } = "";

    /// <summary>"True", "False" or "Unknown".</summary>
    public string Status { get; set; } = "";

    public DateTimeOffset LastHeartbeatTime { get; set; }

    public DateTimeOffset LastTransitionTime { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }
}
