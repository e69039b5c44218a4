namespace Dotkube.Api.Autoscaling.V2;

/// <summary>Values of <c>MetricSpec.type</c> and <c>MetricStatus.type</c>.</summary>
public static class MetricSourceType
{
    public const string Object = "Object";
    public const string Pods = "Pods";
    public const string Resource = "Resource";
    public const string ContainerResource = "ContainerResource";
    public const string External = "External";
}
