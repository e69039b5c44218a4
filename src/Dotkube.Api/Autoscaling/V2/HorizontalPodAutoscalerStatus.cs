using Dotkube.Api.Schema;

namespace Dotkube.Api.Autoscaling.V2;

public sealed class HorizontalPodAutoscalerStatus
{
    public long? ObservedGeneration { get; set; }

    public DateTimeOffset? LastScaleTime { get; set; }

    public int? CurrentReplicas { get; set; }

    public int DesiredReplicas { get; set; }

    /// <summary>Upstream's tag has no omitempty, so this is always written.</summary>
    public List<MetricStatus> CurrentMetrics { get; set => field = value ?? []; } = [];

    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<HorizontalPodAutoscalerCondition>? Conditions { get; set; }
}
