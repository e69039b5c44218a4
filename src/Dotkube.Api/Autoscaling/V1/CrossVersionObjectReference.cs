namespace Dotkube.Api.Autoscaling.V1;

/// <summary>Identifies the scaled resource (the target of the scale subresource).</summary>
public sealed class CrossVersionObjectReference
{
    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string? ApiVersion { get; set; }
}
