using Dotkube.Api.Rbac.V1;

namespace Dotkube.Api.Validation.Rbac;

/// <summary>Upstream ValidatePolicyRule (pkg/apis/rbac/validation).</summary>
public static class PolicyRuleValidation
{
    public static void ValidateRules(List<PolicyRule> rules, bool namespaced, List<FieldError> errors)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            Validate(rules[i], namespaced, FieldPath.Root("rules").Index(i), errors);
        }
    }

    /// <summary>Non-resource URLs only in ClusterRoles, and never mixed with resource rules.</summary>
    public static void Validate(PolicyRule rule, bool namespaced, FieldPath path, List<FieldError> errors)
    {
        if (rule.Verbs.Count == 0)
        {
            errors.Add(FieldError.Required(path.Child("verbs"), "verbs must contain at least one value"));
        }

        if (rule.NonResourceURLs is { Count: > 0 } urls)
        {
            if (namespaced)
            {
                errors.Add(FieldError.Invalid(path.Child("nonResourceURLs"), urls, "namespaced rules cannot apply to non-resource URLs"));
            }

            if (rule.ApiGroups is { Count: > 0 } || rule.Resources is { Count: > 0 } || rule.ResourceNames is { Count: > 0 })
            {
                errors.Add(FieldError.Invalid(path.Child("nonResourceURLs"), urls, "rules cannot apply to both regular resources and non-resource URLs"));
            }

            return;
        }

        if (rule.ApiGroups is not { Count: > 0 })
        {
            errors.Add(FieldError.Required(path.Child("apiGroups"), "resource rules must supply at least one api group"));
        }

        if (rule.Resources is not { Count: > 0 })
        {
            errors.Add(FieldError.Required(path.Child("resources"), "resource rules must supply at least one resource"));
        }
    }
}
