namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 Affinity: node affinity, pod affinity and pod anti-affinity rules.</summary>
public sealed class Affinity
{
    public NodeAffinity? NodeAffinity { get; set; }

    public PodAffinity? PodAffinity { get; set; }

    public PodAntiAffinity? PodAntiAffinity { get; set; }
}
