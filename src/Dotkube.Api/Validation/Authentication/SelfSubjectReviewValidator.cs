using Dotkube.Api.Authentication.V1;

namespace Dotkube.Api.Validation.Authentication;

/// <summary>Upstream has no validation for SelfSubjectReview (`kubectl auth whoami`), which carries no metadata.</summary>
public sealed class SelfSubjectReviewValidator : ObjectValidator<SelfSubjectReview>
{
    protected override void ValidateMetadata(SelfSubjectReview obj, List<FieldError> errors)
    {
    }

    protected override void ValidateCreate(SelfSubjectReview obj, List<FieldError> errors)
    {
    }
}
