namespace Dotkube.Api.Apps.V1;

public sealed class DeploymentCondition
{
    /// <summary>See <see cref="DeploymentConditionType"/>.</summary>
    public string Type { get; set; } = "";

    /// <summary>"True", "False" or "Unknown".</summary>
    public string Status { get; set; } = "";

    public DateTimeOffset LastUpdateTime { get; set; }

    public DateTimeOffset LastTransitionTime { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }
}
