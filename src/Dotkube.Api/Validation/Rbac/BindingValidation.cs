using Dotkube.Api.Naming;
using Dotkube.Api.Rbac.V1;

namespace Dotkube.Api.Validation.Rbac;

/// <summary>Upstream's RoleBinding and ClusterRoleBinding rules: roleRef and subjects.</summary>
public static class BindingValidation
{
    private static readonly string[] SubjectKindList = [SubjectKinds.ServiceAccount, SubjectKinds.User, SubjectKinds.Group];

    public static void ValidateRoleRef(RoleRef roleRef, string[] allowedKinds, List<FieldError> errors)
    {
        var path = FieldPath.Root("roleRef");
        if (roleRef.ApiGroup != RbacConstants.GroupName)
        {
            errors.Add(FieldError.NotSupported(path.Child("apiGroup"), roleRef.ApiGroup, [RbacConstants.GroupName]));
        }

        if (!allowedKinds.Contains(roleRef.Kind))
        {
            errors.Add(FieldError.NotSupported(path.Child("kind"), roleRef.Kind, allowedKinds));
        }

        if (roleRef.Name.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("name")));
        }
        else
        {
            foreach (var message in NameRule.PathSegment.Check(roleRef.Name, prefix: false))
            {
                errors.Add(FieldError.Invalid(path.Child("name"), roleRef.Name, message));
            }
        }
    }

    /// <summary>The role a binding grants never changes: "cannot change roleRef".</summary>
    public static void ValidateRoleRefUpdate(RoleRef roleRef, RoleRef old, List<FieldError> errors)
    {
        if (roleRef.ApiGroup != old.ApiGroup || roleRef.Kind != old.Kind || roleRef.Name != old.Name)
        {
            var value = GoSyntax.Struct("rbac.RoleRef",
                ("APIGroup", GoSyntax.Quote(roleRef.ApiGroup)), ("Kind", GoSyntax.Quote(roleRef.Kind)), ("Name", GoSyntax.Quote(roleRef.Name)));
            errors.Add(FieldError.Invalid(FieldPath.Root("roleRef"), value, "cannot change roleRef"));
        }
    }

    /// <summary>Upstream ValidateRoleBindingSubject; ClusterRoleBindings need a service account's namespace.</summary>
    public static void ValidateSubjects(List<Subject>? subjects, bool namespaced, List<FieldError> errors)
    {
        for (var i = 0; i < (subjects?.Count ?? 0); i++)
        {
            ValidateSubject(subjects![i], namespaced, FieldPath.Root("subjects").Index(i), errors);
        }
    }

    private static void ValidateSubject(Subject subject, bool namespaced, FieldPath path, List<FieldError> errors)
    {
        if (subject.Name.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("name")));
        }

        var apiGroup = subject.ApiGroup ?? "";
        switch (subject.Kind)
        {
            case SubjectKinds.ServiceAccount:
                if (subject.Name.Length > 0)
                {
                    foreach (var message in NameValidation.IsDNS1123Subdomain(subject.Name))
                    {
                        errors.Add(FieldError.Invalid(path.Child("name"), subject.Name, message));
                    }
                }

                if (apiGroup.Length > 0)
                {
                    errors.Add(FieldError.NotSupported(path.Child("apiGroup"), apiGroup, [""]));
                }

                if (!namespaced && string.IsNullOrEmpty(subject.Namespace))
                {
                    errors.Add(FieldError.Required(path.Child("namespace")));
                }

                break;
            case SubjectKinds.User or SubjectKinds.Group:
                if (apiGroup != RbacConstants.GroupName)
                {
                    errors.Add(FieldError.NotSupported(path.Child("apiGroup"), apiGroup, [RbacConstants.GroupName]));
                }

                break;
            default:
                errors.Add(FieldError.NotSupported(path.Child("kind"), subject.Kind, SubjectKindList));
                break;
        }
    }
}
