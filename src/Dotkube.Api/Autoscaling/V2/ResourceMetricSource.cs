namespace Dotkube.Api.Autoscaling.V2;

public sealed class ResourceMetricSource
{
    /// <summary>A resource name: "cpu", "memory", ...</summary>
    public string Name { get; set; } = "";

    public MetricTarget Target { get; set => field = value ?? new(); } = new();
}
