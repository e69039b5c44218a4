using Dotkube.Api.Policy.V1;
using Dotkube.Api.Validation.Apps;

namespace Dotkube.Api.Validation.Policy;

/// <summary>Upstream ValidatePodDisruptionBudget (pkg/apis/policy/validation); spec is mutable since v1.15.</summary>
public sealed class PodDisruptionBudgetValidator : ObjectValidator<PodDisruptionBudget>
{
    // sets.List order, as upstream prints them.
    private static readonly string[] EvictionPolicies = [UnhealthyPodEvictionPolicyType.AlwaysAllow, UnhealthyPodEvictionPolicyType.IfHealthyBudget];

    protected override void ValidateCreate(PodDisruptionBudget obj, List<FieldError> errors)
    {
        var spec = obj.Spec;
        if (spec.MinAvailable is not null && spec.MaxUnavailable is not null)
        {
            var value = GoSyntax.Struct("policy.PodDisruptionBudgetSpec",
                ("MinAvailable", GoSyntax.Pointer("intstr.IntOrString", spec.MinAvailable)),
                ("Selector", GoSyntax.Pointer("v1.LabelSelector", spec.Selector)),
                ("MaxUnavailable", GoSyntax.Pointer("intstr.IntOrString", spec.MaxUnavailable)),
                ("UnhealthyPodEvictionPolicy", GoSyntax.Pointer("policy.UnhealthyPodEvictionPolicyType", spec.UnhealthyPodEvictionPolicy)));
            errors.Add(FieldError.Invalid(Spec, value, "minAvailable and maxUnavailable cannot be both set"));
        }

        ValidateIntOrPercent(spec.MinAvailable, Spec.Child("minAvailable"), errors);
        ValidateIntOrPercent(spec.MaxUnavailable, Spec.Child("maxUnavailable"), errors);
        LabelValidation.ValidateLabelSelector(spec.Selector, Spec.Child("selector"), errors);
        if (spec.UnhealthyPodEvictionPolicy is { } policy && !EvictionPolicies.Contains(policy))
        {
            errors.Add(FieldError.NotSupported(Spec.Child("unhealthyPodEvictionPolicy"), policy, EvictionPolicies));
        }
    }

    private static void ValidateIntOrPercent(Values.IntOrString? value, FieldPath path, List<FieldError> errors)
    {
        if (value is null)
        {
            return;
        }

        IntOrPercentValidation.ValidatePositiveIntOrPercent(value, path, errors);
        IntOrPercentValidation.IsNotMoreThan100Percent(value, path, errors);
    }
}
