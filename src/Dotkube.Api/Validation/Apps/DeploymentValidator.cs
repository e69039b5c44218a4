using Dotkube.Api.Apps.V1;

namespace Dotkube.Api.Validation.Apps;

/// <summary>Upstream ValidateDeployment / ValidateDeploymentUpdate (pkg/apis/apps/validation).</summary>
public sealed class DeploymentValidator : ObjectValidator<Deployment>
{
    protected override void ValidateCreate(Deployment obj, List<FieldError> errors) => ValidateSpec(obj.Spec, errors);

    /// <summary>apps/v1 also makes the selector immutable (the registry strategy's rule).</summary>
    protected override void ValidateUpdate(Deployment obj, Deployment old, List<FieldError> errors)
    {
        ValidateSpec(obj.Spec, errors);
        if (!ApiValues.Same(obj.Spec.Selector, old.Spec.Selector))
        {
            errors.Add(FieldError.Invalid(Spec.Child("selector"), GoSyntax.Of(obj.Spec.Selector), "field is immutable"));
        }
    }

    private static void ValidateSpec(DeploymentSpec spec, List<FieldError> errors)
    {
        WorkloadValidation.NonNegative(spec.Replicas, Spec.Child("replicas"), errors);
        var selector = WorkloadValidation.ValidateRequiredSelector(spec.Selector, "deployment", Spec.Child("selector"), errors);
        if (selector is null)
        {
            errors.Add(FieldError.Invalid(Spec.Child("selector"), GoSyntax.Of(spec.Selector), "invalid label selector"));
        }
        else
        {
            WorkloadValidation.ValidateReplicatedTemplate(spec.Template, selector, "ReplicaSet", Spec.Child("template"), errors);
        }

        ValidateStrategy(spec.Strategy, Spec.Child("strategy"), errors);
        WorkloadValidation.NonNegative(spec.MinReadySeconds, Spec.Child("minReadySeconds"), errors);
        WorkloadValidation.NonNegative(spec.RevisionHistoryLimit, Spec.Child("revisionHistoryLimit"), errors);
        if (spec.ProgressDeadlineSeconds is { } deadline)
        {
            WorkloadValidation.NonNegative(deadline, Spec.Child("progressDeadlineSeconds"), errors);
            if (deadline <= (spec.MinReadySeconds ?? 0))
            {
                errors.Add(FieldError.Invalid(Spec.Child("progressDeadlineSeconds"), deadline, "must be greater than minReadySeconds"));
            }
        }
    }

    /// <summary>An unset type is defaulted to RollingUpdate (25%/25%), so it is accepted.</summary>
    private static void ValidateStrategy(DeploymentStrategy strategy, FieldPath path, List<FieldError> errors)
    {
        switch (strategy.Type)
        {
            case DeploymentStrategyType.Recreate:
                if (strategy.RollingUpdate is not null)
                {
                    errors.Add(FieldError.Forbidden(path.Child("rollingUpdate"), "may not be specified when strategy `type` is 'Recreate'"));
                }

                break;
            case DeploymentStrategyType.RollingUpdate or null:
                if (strategy.RollingUpdate is { } rolling)
                {
                    ValidateRollingUpdate(rolling, path.Child("rollingUpdate"), errors);
                }

                break;
            default:
                var value = GoSyntax.Struct("apps.DeploymentStrategy",
                    ("Type", GoSyntax.Quote(strategy.Type)),
                    ("RollingUpdate", GoSyntax.Pointer("apps.RollingUpdateDeployment", strategy.RollingUpdate)));
                errors.Add(FieldError.NotSupported(path, value, [DeploymentStrategyType.Recreate, DeploymentStrategyType.RollingUpdate]));
                break;
        }
    }

    /// <summary>Unset fields default to 25%, as upstream's defaulter.</summary>
    private static void ValidateRollingUpdate(RollingUpdateDeployment rolling, FieldPath path, List<FieldError> errors)
    {
        var maxUnavailable = rolling.MaxUnavailable ?? "25%";
        var maxSurge = rolling.MaxSurge ?? "25%";
        IntOrPercentValidation.ValidatePositiveIntOrPercent(maxUnavailable, path.Child("maxUnavailable"), errors);
        IntOrPercentValidation.ValidatePositiveIntOrPercent(maxSurge, path.Child("maxSurge"), errors);
        if (IntOrPercentValidation.GetIntOrPercentValue(maxUnavailable) == 0 && IntOrPercentValidation.GetIntOrPercentValue(maxSurge) == 0)
        {
            errors.Add(FieldError.Invalid(path.Child("maxUnavailable"), GoSyntax.Of(maxUnavailable), "may not be 0 when `maxSurge` is 0"));
        }

        IntOrPercentValidation.IsNotMoreThan100Percent(maxUnavailable, path.Child("maxUnavailable"), errors);
    }
}
