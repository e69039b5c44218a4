namespace Dotkube.Api.Autoscaling.V2;

public sealed class PodsMetricStatus
{
    public MetricIdentifier Metric { get; set => field = value ?? new(); } = new();

    public MetricValueStatus Current { get; set => field = value ?? new(); } = new();
}
