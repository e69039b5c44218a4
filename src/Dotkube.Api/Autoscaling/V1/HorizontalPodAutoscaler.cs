using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Autoscaling.V1;

/// <summary>autoscaling/v1 HPA: CPU utilization only; v2 is the storage version upstream.</summary>
[KubeKind("autoscaling", "v1", "horizontalpodautoscalers", ShortNames = ["hpa"], Categories = ["all"], Subresources = ["status"])]
public sealed class HorizontalPodAutoscaler : KubeObject
{
    public HorizontalPodAutoscalerSpec Spec { get; set => field = value ?? new(); } = new();

    public HorizontalPodAutoscalerStatus Status { get; set => field = value ?? new(); } = new();
}
