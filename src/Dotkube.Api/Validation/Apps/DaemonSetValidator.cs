using Dotkube.Api.Apps.V1;
using Dotkube.Api.Selectors;
using Dotkube.Api.Validation.Core;

namespace Dotkube.Api.Validation.Apps;

/// <summary>
/// Upstream ValidateDaemonSet / ValidateDaemonSetUpdate; apps/v1 makes the selector immutable.
/// Upstream has no Required error for a missing selector: it selects nothing, so the template
/// labels never match.
/// </summary>
public sealed class DaemonSetValidator : ObjectValidator<DaemonSet>
{
    protected override void ValidateCreate(DaemonSet obj, List<FieldError> errors)
    {
        var spec = obj.Spec;
        var selectorPath = Spec.Child("selector");
        LabelValidation.ValidateLabelSelector(spec.Selector, selectorPath, errors);
        if (Selector.TryFromLabelSelector(spec.Selector, out var selector, out _) && !selector.Matches(spec.Template.Metadata.Labels))
        {
            errors.Add(FieldError.Invalid(Spec.Child("template", "metadata", "labels"),
                WorkloadValidation.LabelsValue(spec.Template), WorkloadValidation.SelectorMismatchDetail));
        }

        if (spec.Selector is { } given && (given.MatchLabels?.Count ?? 0) + (given.MatchExpressions?.Count ?? 0) == 0)
        {
            errors.Add(FieldError.Invalid(selectorPath, GoSyntax.Of(given), "empty selector is invalid for daemonset"));
        }

        PodTemplateValidation.ValidateTemplate(spec.Template, Spec.Child("template"), errors);
        WorkloadValidation.RequireAlwaysRestart(spec.Template, Spec.Child("template", "spec"), errors);
        WorkloadValidation.ForbidActiveDeadline(spec.Template, "DaemonSet", Spec.Child("template", "spec"), errors);
        WorkloadValidation.NonNegative(spec.MinReadySeconds, Spec.Child("minReadySeconds"), errors);
        ValidateUpdateStrategy(spec.UpdateStrategy, Spec.Child("updateStrategy"), errors);
        WorkloadValidation.NonNegative(spec.RevisionHistoryLimit, Spec.Child("revisionHistoryLimit"), errors);
    }

    protected override void ValidateUpdate(DaemonSet obj, DaemonSet old, List<FieldError> errors)
    {
        ValidateCreate(obj, errors);
        if (!ApiValues.Same(obj.Spec.Selector, old.Spec.Selector))
        {
            errors.Add(FieldError.Invalid(Spec.Child("selector"), GoSyntax.Of(obj.Spec.Selector), "field is immutable"));
        }
    }

    /// <summary>An unset type defaults to RollingUpdate (maxUnavailable 1, maxSurge 0).</summary>
    private static void ValidateUpdateStrategy(DaemonSetUpdateStrategy strategy, FieldPath path, List<FieldError> errors)
    {
        switch (strategy.Type)
        {
            case DaemonSetUpdateStrategyType.OnDelete:
                break;
            case DaemonSetUpdateStrategyType.RollingUpdate or null:
                if (strategy.RollingUpdate is { } rolling)
                {
                    ValidateRollingUpdate(rolling, path.Child("rollingUpdate"), errors);
                }

                break;
            default:
                var value = GoSyntax.Struct("apps.DaemonSetUpdateStrategy",
                    ("Type", GoSyntax.Quote(strategy.Type)),
                    ("RollingUpdate", GoSyntax.Pointer("apps.RollingUpdateDaemonSet", strategy.RollingUpdate)));
                errors.Add(FieldError.NotSupported(path, value, [DaemonSetUpdateStrategyType.RollingUpdate, DaemonSetUpdateStrategyType.OnDelete]));
                break;
        }
    }

    /// <summary>Upstream ValidateRollingUpdateDaemonSet: exactly one of maxUnavailable and maxSurge is non-zero.</summary>
    private static void ValidateRollingUpdate(RollingUpdateDaemonSet rolling, FieldPath path, List<FieldError> errors)
    {
        var maxUnavailable = rolling.MaxUnavailable ?? 1;
        var maxSurge = rolling.MaxSurge ?? 0;
        IntOrPercentValidation.ValidatePositiveIntOrPercent(maxUnavailable, path.Child("maxUnavailable"), errors);
        IntOrPercentValidation.ValidatePositiveIntOrPercent(maxSurge, path.Child("maxSurge"), errors);
        IntOrPercentValidation.IsNotMoreThan100Percent(maxUnavailable, path.Child("maxUnavailable"), errors);
        IntOrPercentValidation.IsNotMoreThan100Percent(maxSurge, path.Child("maxSurge"), errors);
        var hasUnavailable = IntOrPercentValidation.GetIntOrPercentValue(maxUnavailable) != 0;
        var hasSurge = IntOrPercentValidation.GetIntOrPercentValue(maxSurge) != 0;
        if (hasUnavailable && hasSurge)
        {
            errors.Add(FieldError.Invalid(path.Child("maxSurge"), GoSyntax.Of(maxSurge), "may not be set when maxUnavailable is non-zero"));
        }
        else if (!hasUnavailable && !hasSurge)
        {
            errors.Add(FieldError.Required(path.Child("maxUnavailable"), "cannot be 0 when maxSurge is 0"));
        }
    }
}
