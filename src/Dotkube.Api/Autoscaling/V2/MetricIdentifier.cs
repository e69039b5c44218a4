using Dotkube.Api.Meta;

namespace Dotkube.Api.Autoscaling.V2;

public sealed class MetricIdentifier
{
    public string Name { get; set; } = "";

    public LabelSelector? Selector { get; set; }
}
