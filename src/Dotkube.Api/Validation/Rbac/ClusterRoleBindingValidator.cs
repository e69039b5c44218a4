using Dotkube.Api.Rbac.V1;

namespace Dotkube.Api.Validation.Rbac;

/// <summary>Upstream ValidateClusterRoleBinding / ValidateClusterRoleBindingUpdate: only ClusterRoles.</summary>
public sealed class ClusterRoleBindingValidator : ObjectValidator<ClusterRoleBinding>
{
    protected override NameRule NameRule => NameRule.PathSegment;

    protected override void ValidateCreate(ClusterRoleBinding obj, List<FieldError> errors)
    {
        BindingValidation.ValidateRoleRef(obj.RoleRef, ["ClusterRole"], errors);
        BindingValidation.ValidateSubjects(obj.Subjects, namespaced: false, errors);
    }

    protected override void ValidateUpdate(ClusterRoleBinding obj, ClusterRoleBinding old, List<FieldError> errors)
    {
        ValidateCreate(obj, errors);
        BindingValidation.ValidateRoleRefUpdate(obj.RoleRef, old.RoleRef, errors);
    }
}
