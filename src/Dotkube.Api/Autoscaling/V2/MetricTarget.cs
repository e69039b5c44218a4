using Dotkube.Api.Values;

namespace Dotkube.Api.Autoscaling.V2;

/// <summary>The target of a metric; which value is used depends on <see cref="Type"/> (<see cref="MetricTargetType"/>).</summary>
public sealed class MetricTarget
{
    public string Type { get; set; } = "";

    public Quantity? Value { get; set; }

    public Quantity? AverageValue { get; set; }

    /// <summary>Percent of the pods' requests; only valid for Resource and ContainerResource metrics.</summary>
    public int? AverageUtilization { get; set; }
}
