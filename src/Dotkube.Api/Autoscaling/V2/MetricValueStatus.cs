using Dotkube.Api.Values;

namespace Dotkube.Api.Autoscaling.V2;

public sealed class MetricValueStatus
{
    public Quantity? Value { get; set; }

    public Quantity? AverageValue { get; set; }

    public int? AverageUtilization { get; set; }
}
