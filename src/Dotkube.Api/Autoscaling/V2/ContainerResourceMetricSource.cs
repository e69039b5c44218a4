namespace Dotkube.Api.Autoscaling.V2;

public sealed class ContainerResourceMetricSource
{
    public string Name { get; set; } = "";

    public MetricTarget Target { get; set => field = value ?? new(); } = new();

    public string Container { get; set; } = "";
}
