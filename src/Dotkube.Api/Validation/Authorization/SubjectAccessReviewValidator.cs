using Dotkube.Api.Authorization.V1;

namespace Dotkube.Api.Validation.Authorization;

/// <summary>Upstream ValidateSubjectAccessReview.</summary>
public sealed class SubjectAccessReviewValidator : ObjectValidator<SubjectAccessReview>
{
    protected override void ValidateMetadata(SubjectAccessReview obj, List<FieldError> errors) =>
        ReviewValidation.MetadataMustBeEmpty(obj.Metadata, allowNamespace: false, errors);

    protected override void ValidateCreate(SubjectAccessReview obj, List<FieldError> errors) =>
        ReviewValidation.ValidateSubject(obj.Spec, errors);
}
