namespace Dotkube.Api.Autoscaling.V2;

public sealed class ExternalMetricStatus
{
    public MetricIdentifier Metric { get; set => field = value ?? new(); } = new();

    public MetricValueStatus Current { get; set => field = value ?? new(); } = new();
}
