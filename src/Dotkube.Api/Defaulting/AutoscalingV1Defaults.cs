using Dotkube.Api.Autoscaling.V1;

namespace Dotkube.Api.Defaulting;

/// <summary>Defaults for autoscaling/v1, as upstream pkg/apis/autoscaling/v1/defaults.go.</summary>
internal static class AutoscalingV1Defaults
{
    /// <summary>
    /// As upstream SetDefaults_HorizontalPodAutoscaler: minReplicas 1. targetCPUUtilizationPercentage
    /// stays unset; upstream's 80% is applied when converting to the internal (v2) form.
    /// </summary>
    public static void SetDefaults_HorizontalPodAutoscaler(HorizontalPodAutoscaler hpa) => hpa.Spec.MinReplicas ??= 1;
}
