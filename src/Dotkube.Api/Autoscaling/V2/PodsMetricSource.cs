namespace Dotkube.Api.Autoscaling.V2;

public sealed class PodsMetricSource
{
    public MetricIdentifier Metric { get; set => field = value ?? new(); } = new();

    public MetricTarget Target { get; set => field = value ?? new(); } = new();
}
