using Dotkube.Api.Authorization.V1;
using Dotkube.Api.Meta;

using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Authorization;

/// <summary>
/// Upstream's rules shared by the access reviews (pkg/apis/authorization/validation): a review is
/// a question, not a stored object, so its metadata must be empty, and it asks about exactly one
/// of a resource or a non-resource URL.
/// </summary>
internal static class ReviewValidation
{
    private static readonly FieldPath Spec = FieldPath.Root("spec");

    /// <summary>"must be empty" (managedFields aside; a LocalSubjectAccessReview may carry its namespace).</summary>
    public static void MetadataMustBeEmpty(ObjectMeta meta, bool allowNamespace, List<FieldError> errors)
    {
        var empty = meta.Name is null && meta.GenerateName is null && (allowNamespace || meta.Namespace is null)
            && meta.SelfLink is null && meta.Uid is null && meta.ResourceVersion is null && meta.Generation is null
            && meta.CreationTimestamp == default && meta.DeletionTimestamp is null && meta.DeletionGracePeriodSeconds is null
            && meta.Labels is null && meta.Annotations is null && meta.OwnerReferences is null && meta.Finalizers is null;
        if (!empty)
        {
            // Upstream prints the whole ObjectMeta with Go's %#v; an abbreviation keeps the message readable.
            var value = GoSyntax.Raw($"v1.ObjectMeta{{Name:{GoStrings.Quote(meta.Name ?? "")}, ...}}");
            errors.Add(FieldError.Invalid(FieldPath.Root("metadata"), value, allowNamespace ? "must be empty except for namespace" : "must be empty"));
        }
    }

    /// <summary>Exactly one of resourceAttributes and nonResourceAttributes.</summary>
    public static void ValidateAttributes(ResourceAttributes? resource, NonResourceAttributes? nonResource, List<FieldError> errors)
    {
        if (resource is not null && nonResource is not null)
        {
            errors.Add(FieldError.Invalid(Spec.Child("nonResourceAttributes"), Show(nonResource), "cannot be specified in combination with resourceAttributes"));
        }

        if (resource is null && nonResource is null)
        {
            errors.Add(FieldError.Invalid(Spec.Child("resourceAttributes"), null, "exactly one of nonResourceAttributes or resourceAttributes must be specified"));
        }
    }

    /// <summary>A SubjectAccessReview names whom it asks about.</summary>
    public static void ValidateSubject(SubjectAccessReviewSpec spec, List<FieldError> errors)
    {
        ValidateAttributes(spec.ResourceAttributes, spec.NonResourceAttributes, errors);
        if (string.IsNullOrEmpty(spec.User) && (spec.Groups is null || spec.Groups.Count == 0))
        {
            errors.Add(FieldError.Invalid(Spec.Child("user"), spec.User ?? "", "at least one of user or group must be specified"));
        }
    }

    /// <summary>Go's %#v of the internal type, as upstream's message shows it.</summary>
    public static GoSyntax Show(NonResourceAttributes attributes) =>
        GoSyntax.Raw($"authorization.NonResourceAttributes{{Path:{GoStrings.Quote(attributes.Path ?? "")}, Verb:{GoStrings.Quote(attributes.Verb ?? "")}}}");
}
