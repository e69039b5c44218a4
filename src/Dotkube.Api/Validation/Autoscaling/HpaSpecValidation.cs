namespace Dotkube.Api.Validation.Autoscaling;

/// <summary>The replica bounds of upstream validateHorizontalPodAutoscalerSpec, shared by v1 and v2.</summary>
public static class HpaSpecValidation
{
    public static void ValidateReplicas(int? minReplicas, int maxReplicas, int minReplicasLowerBound, FieldPath spec, List<FieldError> errors)
    {
        if (minReplicas is { } min && min < minReplicasLowerBound)
        {
            errors.Add(FieldError.Invalid(spec.Child("minReplicas"), min, $"must be greater than or equal to {minReplicasLowerBound}"));
        }

        if (maxReplicas < 1)
        {
            errors.Add(FieldError.Invalid(spec.Child("maxReplicas"), maxReplicas, "must be greater than 0"));
        }

        if (minReplicas is { } lower && maxReplicas < lower)
        {
            errors.Add(FieldError.Invalid(spec.Child("maxReplicas"), maxReplicas, "must be greater than or equal to `minReplicas`"));
        }
    }

    /// <summary>Scaling to zero needs a metric that does not come from the pods themselves.</summary>
    public static void RequireObjectOrExternalMetric(FieldPath metrics, List<FieldError> errors) =>
        errors.Add(FieldError.Forbidden(metrics, "must specify at least one Object or External metric to support scaling to zero replicas"));
}
