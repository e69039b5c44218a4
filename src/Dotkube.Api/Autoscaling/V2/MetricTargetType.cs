namespace Dotkube.Api.Autoscaling.V2;

/// <summary>Values of <c>MetricTarget.type</c>.</summary>
public static class MetricTargetType
{
    public const string Utilization = "Utilization";
    public const string Value = "Value";
    public const string AverageValue = "AverageValue";
}
