using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Autoscaling.V2;

/// <summary>autoscaling/v2 HPA: scales any scale-subresource target on arbitrary metrics.</summary>
[KubeKind("autoscaling", "v2", "horizontalpodautoscalers", ShortNames = ["hpa"], Categories = ["all"], Subresources = ["status"])]
public sealed class HorizontalPodAutoscaler : KubeObject
{
    public HorizontalPodAutoscalerSpec Spec { get; set => field = value ?? new(); } = new();

    public HorizontalPodAutoscalerStatus Status { get; set => field = value ?? new(); } = new();
}
