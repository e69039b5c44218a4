using Dotkube.Api.Authentication.V1;
using Dotkube.Api.Authorization.V1;
using Dotkube.Api.Validation;
using Dotkube.ApiServer.Errors;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    /// <summary>Checks bearer tokens for TokenReview; set by the server from its authenticator.</summary>
    public Func<string, CancellationToken, ValueTask<Security.UserInfo?>>? TokenReviewer { get; init; }

    /// <summary>
    /// Create-only review kinds are answered, never stored. Authorization is not enforced yet
    /// (every authenticated user may do everything, as with upstream's AlwaysAllow mode), so
    /// access reviews answer allowed and rules reviews list everything.
    /// </summary>
    private async Task ReviewAsync(ApiRequest request)
    {
        var form = Negotiate(request);
        var review = await DecodeBodyAsync(request);
        ThrowIfInvalid(request, review, ObjectValidation.ValidateCreate(review));
        var user = request.Http.Items[typeof(Security.UserInfo)] as Security.UserInfo;
        switch (review)
        {
            case SelfSubjectReview self:
                self.Status.UserInfo = user?.ToApi() ?? new Api.Authentication.V1.UserInfo();
                break;
            case TokenReview token:
                var reviewed = string.IsNullOrEmpty(token.Spec.Token) || TokenReviewer is null ? null : await TokenReviewer(token.Spec.Token, request.Aborted);
                token.Status.Authenticated = reviewed is not null;
                token.Status.User = reviewed?.ToApi() ?? new Api.Authentication.V1.UserInfo();
                token.Status.Audiences = reviewed is null ? null : token.Spec.Audiences;
                break;
            case SelfSubjectAccessReview access:
                access.Status = Allowed();
                break;
            case SubjectAccessReview access:
                access.Status = Allowed();
                break;
            case LocalSubjectAccessReview access:
                if (access.Spec.ResourceAttributes?.Namespace is { Length: > 0 } ns && ns != request.Namespace)
                {
                    throw ApiErrors.BadRequest($"spec.resourceAttributes.namespace must match namespace: {request.Namespace}");
                }

                access.Status = Allowed();
                break;
            case SelfSubjectRulesReview rules:
                rules.Status = new SubjectRulesReviewStatus
                {
                    ResourceRules = [new ResourceRule { Verbs = ["*"], ApiGroups = ["*"], Resources = ["*"] }],
                    NonResourceRules = [new NonResourceRule { Verbs = ["*"], NonResourceURLs = ["*"] }],
                };
                break;
            default:
                throw ApiErrors.MethodNotSupported(request.Resource.Group, request.Resource.Plural, "create");
        }

        review.Metadata.CreationTimestamp = default;
        await ResponseWriter.WriteAsync(request, 201, review, form, null);
    }

    private static SubjectAccessReviewStatus Allowed() => new() { Allowed = true };
}
