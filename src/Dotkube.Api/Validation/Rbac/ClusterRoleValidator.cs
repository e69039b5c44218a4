using Dotkube.Api.Rbac.V1;
using Dotkube.Api.Selectors;

namespace Dotkube.Api.Validation.Rbac;

/// <summary>Upstream ValidateClusterRole: path-segment names, rules, and the aggregation selectors.</summary>
public sealed class ClusterRoleValidator : ObjectValidator<ClusterRole>
{
    protected override NameRule NameRule => NameRule.PathSegment;

    protected override void ValidateCreate(ClusterRole obj, List<FieldError> errors)
    {
        PolicyRuleValidation.ValidateRules(obj.Rules, namespaced: false, errors);
        if (obj.AggregationRule is not { } aggregation)
        {
            return;
        }

        var path = FieldPath.Root("aggregationRule", "clusterRoleSelectors");
        var selectors = aggregation.ClusterRoleSelectors ?? [];
        if (selectors.Count == 0)
        {
            errors.Add(FieldError.Required(path, "at least one clusterRoleSelector required if aggregationRule is non-nil"));
        }

        for (var i = 0; i < selectors.Count; i++)
        {
            LabelValidation.ValidateLabelSelector(selectors[i], path.Index(i), errors);
            if (!Selector.TryFromLabelSelector(selectors[i], out _, out _))
            {
                errors.Add(FieldError.Invalid(path.Index(i), GoSyntax.Of(selectors[i]), "invalid label selector."));
            }
        }
    }
}
