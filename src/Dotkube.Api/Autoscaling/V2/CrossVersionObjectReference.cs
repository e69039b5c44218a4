namespace Dotkube.Api.Autoscaling.V2;

/// <summary>Identifies the scale target or a metric's described object.</summary>
public sealed class CrossVersionObjectReference
{
    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string? ApiVersion { get; set; }
}
