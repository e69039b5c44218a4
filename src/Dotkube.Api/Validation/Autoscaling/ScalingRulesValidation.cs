using System.Globalization;
using Dotkube.Api.Autoscaling.V2;

namespace Dotkube.Api.Validation.Autoscaling;

/// <summary>Upstream validateScalingRules / validateScalingPolicy for HPA behavior.</summary>
public static class ScalingRulesValidation
{
    public const int MaxPeriodSeconds = 1800;
    public const int MaxStabilizationWindowSeconds = 3600;

    // sets.List order, as upstream prints them.
    private static readonly string[] SelectPolicies = [ScalingPolicySelect.Disabled, ScalingPolicySelect.Max, ScalingPolicySelect.Min];
    private static readonly string[] PolicyTypes = [HPAScalingPolicyType.Percent, HPAScalingPolicyType.Pods];

    /// <summary>Unset policies are defaulted; an explicitly empty list is reported.</summary>
    public static void Validate(HPAScalingRules? rules, FieldPath path, List<FieldError> errors)
    {
        if (rules is null)
        {
            return;
        }

        if (rules.StabilizationWindowSeconds is { } window)
        {
            if (window < 0)
            {
                errors.Add(FieldError.Invalid(path.Child("stabilizationWindowSeconds"), window, "must be greater than or equal to zero"));
            }

            if (window > MaxStabilizationWindowSeconds)
            {
                errors.Add(FieldError.Invalid(path.Child("stabilizationWindowSeconds"), window,
                    string.Create(CultureInfo.InvariantCulture, $"must be less than or equal to {MaxStabilizationWindowSeconds}")));
            }
        }

        if (rules.SelectPolicy is { } select && !SelectPolicies.Contains(select))
        {
            errors.Add(FieldError.NotSupported(path.Child("selectPolicy"), select, SelectPolicies));
        }

        var policiesPath = path.Child("policies");
        if (rules.Policies is { Count: 0 })
        {
            errors.Add(FieldError.Required(policiesPath, "must specify at least one Policy"));
        }

        for (var i = 0; i < (rules.Policies?.Count ?? 0); i++)
        {
            ValidatePolicy(rules.Policies![i], policiesPath.Index(i), errors);
        }
    }

    private static void ValidatePolicy(HPAScalingPolicy policy, FieldPath path, List<FieldError> errors)
    {
        if (!PolicyTypes.Contains(policy.Type))
        {
            errors.Add(FieldError.NotSupported(path.Child("type"), policy.Type, PolicyTypes));
        }

        if (policy.Value <= 0)
        {
            errors.Add(FieldError.Invalid(path.Child("value"), policy.Value, "must be greater than zero"));
        }

        if (policy.PeriodSeconds <= 0)
        {
            errors.Add(FieldError.Invalid(path.Child("periodSeconds"), policy.PeriodSeconds, "must be greater than zero"));
        }

        if (policy.PeriodSeconds > MaxPeriodSeconds)
        {
            errors.Add(FieldError.Invalid(path.Child("periodSeconds"), policy.PeriodSeconds,
                string.Create(CultureInfo.InvariantCulture, $"must be less than or equal to {MaxPeriodSeconds}")));
        }
    }
}
