namespace Dotkube.Api.Autoscaling.V2;

public sealed class ContainerResourceMetricStatus
{
    public string Name { get; set; } = "";

    public MetricValueStatus Current { get; set => field = value ?? new(); } = new();

    public string Container { get; set; } = "";
}
