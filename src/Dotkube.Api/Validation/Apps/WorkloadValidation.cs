using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Selectors;
using Dotkube.Api.Validation.Core;

namespace Dotkube.Api.Validation.Apps;

/// <summary>
/// Rules the workload kinds share: upstream's ValidateNonnegativeField, the strict selector
/// checks and ValidatePodTemplateSpecForReplicaSet (selector matches the template, restartPolicy Always).
/// </summary>
public static class WorkloadValidation
{
    public const string NonNegativeDetail = "must be greater than or equal to 0";

    public const string SelectorMismatchDetail = "`selector` does not match template `labels`";

    public static void NonNegative(long? value, FieldPath path, List<FieldError> errors)
    {
        if (value is < 0)
        {
            errors.Add(FieldError.Invalid(path, value.Value, NonNegativeDetail));
        }
    }

    /// <summary>
    /// Required, valid, and not empty ("empty selector is invalid for deployment"). Returns the
    /// parsed selector, or null when it cannot be turned into one.
    /// </summary>
    public static Selector? ValidateRequiredSelector(LabelSelector? selector, string kindForEmpty, FieldPath path, List<FieldError> errors)
    {
        if (selector is null)
        {
            errors.Add(FieldError.Required(path));
        }
        else
        {
            LabelValidation.ValidateLabelSelector(selector, path, errors);
            if ((selector.MatchLabels?.Count ?? 0) + (selector.MatchExpressions?.Count ?? 0) == 0)
            {
                errors.Add(FieldError.Invalid(path, GoSyntax.Of(selector), $"empty selector is invalid for {kindForEmpty}"));
            }
        }

        return Selector.TryFromLabelSelector(selector, out var parsed, out _) ? parsed : null;
    }

    /// <summary>Upstream ValidatePodTemplateSpecForReplicaSet, used by ReplicaSets and Deployments.</summary>
    public static void ValidateReplicatedTemplate(PodTemplateSpec template, Selector selector, string kind, FieldPath path, List<FieldError> errors)
    {
        if (!selector.IsEmpty && !selector.Matches(template.Metadata.Labels))
        {
            errors.Add(FieldError.Invalid(path.Child("metadata", "labels"), LabelsValue(template), SelectorMismatchDetail));
        }

        PodTemplateValidation.ValidateTemplate(template, path, errors);
        RequireAlwaysRestart(template, path.Child("spec"), errors);
        ForbidActiveDeadline(template, kind, path.Child("spec"), errors);
    }

    /// <summary>Long-running workloads only restart Always; unset is defaulted to Always.</summary>
    public static void RequireAlwaysRestart(PodTemplateSpec template, FieldPath specPath, List<FieldError> errors)
    {
        var policy = template.Spec.RestartPolicy ?? RestartPolicy.Always;
        if (policy != RestartPolicy.Always)
        {
            errors.Add(FieldError.NotSupported(specPath.Child("restartPolicy"), policy, [RestartPolicy.Always]));
        }
    }

    public static void ForbidActiveDeadline(PodTemplateSpec template, string kind, FieldPath specPath, List<FieldError> errors)
    {
        if (template.Spec.ActiveDeadlineSeconds is not null)
        {
            errors.Add(FieldError.Forbidden(specPath.Child("activeDeadlineSeconds"), $"activeDeadlineSeconds in {kind} is not Supported"));
        }
    }

    /// <summary>Template labels as upstream prints the map (map[string]string(nil) when unset).</summary>
    public static object LabelsValue(PodTemplateSpec template) =>
        template.Metadata.Labels is { } labels ? labels : GoSyntax.Raw("map[string]string(nil)");
}
