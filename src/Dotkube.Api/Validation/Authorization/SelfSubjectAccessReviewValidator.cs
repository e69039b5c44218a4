using Dotkube.Api.Authorization.V1;

namespace Dotkube.Api.Validation.Authorization;

/// <summary>Upstream ValidateSelfSubjectAccessReview: what `kubectl auth can-i` sends.</summary>
public sealed class SelfSubjectAccessReviewValidator : ObjectValidator<SelfSubjectAccessReview>
{
    protected override void ValidateMetadata(SelfSubjectAccessReview obj, List<FieldError> errors) =>
        ReviewValidation.MetadataMustBeEmpty(obj.Metadata, allowNamespace: false, errors);

    protected override void ValidateCreate(SelfSubjectAccessReview obj, List<FieldError> errors) =>
        ReviewValidation.ValidateAttributes(obj.Spec.ResourceAttributes, obj.Spec.NonResourceAttributes, errors);
}
