using Dotkube.Api.Authorization.V1;

namespace Dotkube.Api.Validation.Authorization;

/// <summary>
/// Upstream has no field validation for SelfSubjectRulesReview (the handler itself rejects a
/// request without spec.namespace), and in particular no metadata rules: clients send none.
/// </summary>
public sealed class SelfSubjectRulesReviewValidator : ObjectValidator<SelfSubjectRulesReview>
{
    protected override void ValidateMetadata(SelfSubjectRulesReview obj, List<FieldError> errors)
    {
    }

    protected override void ValidateCreate(SelfSubjectRulesReview obj, List<FieldError> errors)
    {
    }
}
