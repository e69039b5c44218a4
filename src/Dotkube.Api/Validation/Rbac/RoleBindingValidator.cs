using Dotkube.Api.Rbac.V1;

namespace Dotkube.Api.Validation.Rbac;

/// <summary>Upstream ValidateRoleBinding / ValidateRoleBindingUpdate: a Role or ClusterRole, fixed once bound.</summary>
public sealed class RoleBindingValidator : ObjectValidator<RoleBinding>
{
    protected override NameRule NameRule => NameRule.PathSegment;

    protected override void ValidateCreate(RoleBinding obj, List<FieldError> errors)
    {
        BindingValidation.ValidateRoleRef(obj.RoleRef, ["Role", "ClusterRole"], errors);
        BindingValidation.ValidateSubjects(obj.Subjects, namespaced: true, errors);
    }

    protected override void ValidateUpdate(RoleBinding obj, RoleBinding old, List<FieldError> errors)
    {
        ValidateCreate(obj, errors);
        BindingValidation.ValidateRoleRefUpdate(obj.RoleRef, old.RoleRef, errors);
    }
}
