namespace Dotkube.Api.Autoscaling.V2;

public sealed class HPAScalingPolicy
{
    /// <summary>See <see cref="HPAScalingPolicyType"/>.</summary>
    public string Type { get; set; } = "";

    public int Value { get; set; }

    public int PeriodSeconds { get; set; }
}
