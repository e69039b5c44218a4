using Dotkube.Api.Autoscaling.V2;

namespace Dotkube.Api.Validation.Autoscaling;

/// <summary>Upstream ValidateHorizontalPodAutoscaler / ValidateHorizontalPodAutoscalerUpdate (pkg/apis/autoscaling/validation).</summary>
public sealed class HorizontalPodAutoscalerV2Validator : ObjectValidator<HorizontalPodAutoscaler>
{
    protected override void ValidateCreate(HorizontalPodAutoscaler obj, List<FieldError> errors) => Validate(obj, 1, errors);

    /// <summary>HPAScaleToZero is alpha (off) in v1.32; an HPA already at minReplicas 0 may keep it.</summary>
    protected override void ValidateUpdate(HorizontalPodAutoscaler obj, HorizontalPodAutoscaler old, List<FieldError> errors) =>
        Validate(obj, old.Spec.MinReplicas == 0 ? 0 : 1, errors);

    private static void Validate(HorizontalPodAutoscaler obj, int minReplicasLowerBound, List<FieldError> errors)
    {
        var spec = obj.Spec;
        HpaSpecValidation.ValidateReplicas(spec.MinReplicas, spec.MaxReplicas, minReplicasLowerBound, Spec, errors);
        ScaleTargetValidation.ValidateReference(spec.ScaleTargetRef.Kind, spec.ScaleTargetRef.Name, Spec.Child("scaleTargetRef"), errors);
        var metrics = spec.Metrics ?? [];
        for (var i = 0; i < metrics.Count; i++)
        {
            MetricSpecValidation.Validate(metrics[i], Spec.Child("metrics").Index(i), errors);
        }

        if (spec.MinReplicas == 0 && !metrics.Any(m => m.Type is MetricSourceType.Object or MetricSourceType.External))
        {
            HpaSpecValidation.RequireObjectOrExternalMetric(Spec.Child("metrics"), errors);
        }

        if (spec.Behavior is { } behavior)
        {
            ScalingRulesValidation.Validate(behavior.ScaleUp, Spec.Child("behavior", "scaleUp"), errors);
            ScalingRulesValidation.Validate(behavior.ScaleDown, Spec.Child("behavior", "scaleDown"), errors);
        }
    }
}
