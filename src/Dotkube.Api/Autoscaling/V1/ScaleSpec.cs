namespace Dotkube.Api.Autoscaling.V1;

public sealed class ScaleSpec
{
    public int? Replicas { get; set; }
}
