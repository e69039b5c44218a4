using Dotkube.Api.Authentication.V1;

namespace Dotkube.Api.Validation.Authentication;

/// <summary>
/// Upstream has no field validation for TokenReview (the handler answers a missing token with
/// 400 "token must be specified"), and in particular no metadata rules: clients send none.
/// </summary>
public sealed class TokenReviewValidator : ObjectValidator<TokenReview>
{
    protected override void ValidateMetadata(TokenReview obj, List<FieldError> errors)
    {
    }

    protected override void ValidateCreate(TokenReview obj, List<FieldError> errors)
    {
    }
}
