using Dotkube.Api.Autoscaling.V1;

namespace Dotkube.Api.Validation.Autoscaling;

/// <summary>
/// autoscaling/v1 HPAs, validated as upstream validates them: converted to the internal (v2)
/// form, where targetCPUUtilizationPercentage becomes a Resource metric at spec.metrics[0].
/// </summary>
public sealed class HorizontalPodAutoscalerV1Validator : ObjectValidator<HorizontalPodAutoscaler>
{
    protected override void ValidateCreate(HorizontalPodAutoscaler obj, List<FieldError> errors) => Validate(obj, 1, errors);

    /// <summary>An HPA that already has minReplicas 0 may keep it (HPAScaleToZero is off in v1.32).</summary>
    protected override void ValidateUpdate(HorizontalPodAutoscaler obj, HorizontalPodAutoscaler old, List<FieldError> errors) =>
        Validate(obj, old.Spec.MinReplicas == 0 ? 0 : 1, errors);

    private static void Validate(HorizontalPodAutoscaler obj, int minReplicasLowerBound, List<FieldError> errors)
    {
        var spec = obj.Spec;
        HpaSpecValidation.ValidateReplicas(spec.MinReplicas, spec.MaxReplicas, minReplicasLowerBound, Spec, errors);
        ScaleTargetValidation.ValidateReference(spec.ScaleTargetRef.Kind, spec.ScaleTargetRef.Name, Spec.Child("scaleTargetRef"), errors);
        if (spec.TargetCPUUtilizationPercentage is { } target && target < 1)
        {
            errors.Add(FieldError.Invalid(Spec.Child("metrics").Index(0).Child("resource", "target", "averageUtilization"), target, "must be greater than 0"));
        }

        // v1 can only express a CPU (Resource) metric, so minReplicas 0 never has the metric it needs.
        if (spec.MinReplicas == 0)
        {
            HpaSpecValidation.RequireObjectOrExternalMetric(Spec.Child("metrics"), errors);
        }
    }
}
