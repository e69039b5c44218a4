using Dotkube.Api.Authorization.V1;

namespace Dotkube.Api.Validation.Authorization;

/// <summary>Upstream ValidateLocalSubjectAccessReview: a review scoped to its own namespace.</summary>
public sealed class LocalSubjectAccessReviewValidator : ObjectValidator<LocalSubjectAccessReview>
{
    protected override void ValidateMetadata(LocalSubjectAccessReview obj, List<FieldError> errors) =>
        ReviewValidation.MetadataMustBeEmpty(obj.Metadata, allowNamespace: true, errors);

    protected override void ValidateCreate(LocalSubjectAccessReview obj, List<FieldError> errors)
    {
        ReviewValidation.ValidateSubject(obj.Spec, errors);
        var resource = obj.Spec.ResourceAttributes;
        if (resource is not null && (resource.Namespace ?? "") != (obj.Metadata.Namespace ?? ""))
        {
            errors.Add(FieldError.Invalid(FieldPath.Root("spec.resourceAttributes.namespace"), resource.Namespace ?? "", "must match metadata.namespace"));
        }

        if (obj.Spec.NonResourceAttributes is { } nonResource)
        {
            errors.Add(FieldError.Invalid(FieldPath.Root("spec.nonResourceAttributes"), ReviewValidation.Show(nonResource), "disallowed on this kind of request"));
        }
    }
}
