namespace Dotkube.Api.Batch.V1;

public sealed class JobCondition
{
    /// <summary>See <see cref="JobConditionType"/>.</summary>
    public string Type { get; set; } = "";

    public string Status { get; set; } = "";

    public DateTimeOffset LastProbeTime { get; set; }

    public DateTimeOffset LastTransitionTime { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }
}
