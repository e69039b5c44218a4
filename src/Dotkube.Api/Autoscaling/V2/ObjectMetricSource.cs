namespace Dotkube.Api.Autoscaling.V2;

public sealed class ObjectMetricSource
{
    public CrossVersionObjectReference DescribedObject { get; set => field = value ?? new(); } = new();

    public MetricTarget Target { get; set => field = value ?? new(); } = new();

    public MetricIdentifier Metric { get; set => field = value ?? new(); } = new();
}
