namespace Dotkube.Api.Autoscaling.V1;

public sealed class ScaleStatus
{
    /// <summary>Required upstream, so written even when 0.</summary>
    public int Replicas { get; set; }

    /// <summary>The label selector in query-parameter form ("app=web,tier in (a,b)").</summary>
    public string? Selector { get; set; }
}
