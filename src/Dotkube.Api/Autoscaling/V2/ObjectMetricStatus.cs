namespace Dotkube.Api.Autoscaling.V2;

public sealed class ObjectMetricStatus
{
    public MetricIdentifier Metric { get; set => field = value ?? new(); } = new();

    public MetricValueStatus Current { get; set => field = value ?? new(); } = new();

    public CrossVersionObjectReference DescribedObject { get; set => field = value ?? new(); } = new();
}
