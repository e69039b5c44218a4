using Dotkube.Api.Autoscaling.V2;

namespace Dotkube.Api.Defaulting;

/// <summary>Defaults for autoscaling/v2, as upstream pkg/apis/autoscaling/v2/defaults.go.</summary>
internal static class AutoscalingV2Defaults
{
    /// <summary>Upstream autoscaling.DefaultCPUUtilization.</summary>
    private const int DefaultCpuUtilization = 80;

    /// <summary>As upstream SetDefaults_HorizontalPodAutoscaler: minReplicas 1 and, without metrics, CPU at 80%.</summary>
    public static void SetDefaults_HorizontalPodAutoscaler(HorizontalPodAutoscaler hpa)
    {
        var spec = hpa.Spec;
        spec.MinReplicas ??= 1;
        if (spec.Metrics is not { Count: > 0 })
        {
            spec.Metrics =
            [
                new MetricSpec
                {
                    Type = MetricSourceType.Resource,
                    Resource = new ResourceMetricSource
                    {
                        Name = "cpu",
                        Target = new MetricTarget { Type = MetricTargetType.Utilization, AverageUtilization = DefaultCpuUtilization },
                    },
                },
            ];
        }

        SetDefaults_HorizontalPodAutoscalerBehavior(hpa);
    }

    /// <summary>
    /// As upstream SetDefaults_HorizontalPodAutoscalerBehavior: only when a behavior is given, each
    /// direction's unset fields come from the built-in rules (the pre-behavior HPA algorithm).
    /// </summary>
    public static void SetDefaults_HorizontalPodAutoscalerBehavior(HorizontalPodAutoscaler hpa)
    {
        if (hpa.Spec.Behavior is not { } behavior)
        {
            return;
        }

        behavior.ScaleUp = Merge(behavior.ScaleUp, DefaultScaleUpRules());
        behavior.ScaleDown = Merge(behavior.ScaleDown, DefaultScaleDownRules());
    }

    /// <summary>Scale up by the larger of 4 pods or 100% per 15 s, with no stabilization window.</summary>
    private static HPAScalingRules DefaultScaleUpRules() => new()
    {
        StabilizationWindowSeconds = 0,
        SelectPolicy = ScalingPolicySelect.Max,
        Policies =
        [
            new HPAScalingPolicy { Type = HPAScalingPolicyType.Pods, Value = 4, PeriodSeconds = 15 },
            new HPAScalingPolicy { Type = HPAScalingPolicyType.Percent, Value = 100, PeriodSeconds = 15 },
        ],
    };

    /// <summary>
    /// Scale down by up to 100% per 15 s. The window stays unset, as upstream: the controller's
    /// --horizontal-pod-autoscaler-downscale-stabilization flag supplies it.
    /// </summary>
    private static HPAScalingRules DefaultScaleDownRules() => new()
    {
        SelectPolicy = ScalingPolicySelect.Max,
        Policies = [new HPAScalingPolicy { Type = HPAScalingPolicyType.Percent, Value = 100, PeriodSeconds = 15 }],
    };

    /// <summary>The given rules' non-null fields over the defaults (upstream copyHPAScalingRules).</summary>
    private static HPAScalingRules Merge(HPAScalingRules? given, HPAScalingRules defaults)
    {
        if (given is null)
        {
            return defaults;
        }

        defaults.SelectPolicy = given.SelectPolicy ?? defaults.SelectPolicy;
        defaults.StabilizationWindowSeconds = given.StabilizationWindowSeconds ?? defaults.StabilizationWindowSeconds;
        defaults.Policies = given.Policies ?? defaults.Policies;
        return defaults;
    }
}
