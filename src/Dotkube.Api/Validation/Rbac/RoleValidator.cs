using Dotkube.Api.Rbac.V1;

namespace Dotkube.Api.Validation.Rbac;

/// <summary>Upstream ValidateRole: path-segment names, rules without non-resource URLs.</summary>
public sealed class RoleValidator : ObjectValidator<Role>
{
    protected override NameRule NameRule => NameRule.PathSegment;

    protected override void ValidateCreate(Role obj, List<FieldError> errors) =>
        PolicyRuleValidation.ValidateRules(obj.Rules, namespaced: true, errors);
}
