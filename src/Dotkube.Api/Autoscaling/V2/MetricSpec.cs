namespace Dotkube.Api.Autoscaling.V2;

/// <summary>One metric to scale on: <see cref="Type"/> names which one of the sources is set.</summary>
public sealed class MetricSpec
{
    /// <summary>See <see cref="MetricSourceType"/>.</summary>
    public string Type { get; set; } = "";

    public ObjectMetricSource? Object { get; set; }

    public PodsMetricSource? Pods { get; set; }

    public ResourceMetricSource? Resource { get; set; }

    public ContainerResourceMetricSource? ContainerResource { get; set; }

    public ExternalMetricSource? External { get; set; }
}
