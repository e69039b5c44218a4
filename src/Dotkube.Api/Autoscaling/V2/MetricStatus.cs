namespace Dotkube.Api.Autoscaling.V2;

/// <summary>The last read value of one metric; <see cref="Type"/> names which source is set.</summary>
public sealed class MetricStatus
{
    public string Type { get; set; } = "";

    public ObjectMetricStatus? Object { get; set; }

    public PodsMetricStatus? Pods { get; set; }

    public ResourceMetricStatus? Resource { get; set; }

    public ContainerResourceMetricStatus? ContainerResource { get; set; }

    public ExternalMetricStatus? External { get; set; }
}
