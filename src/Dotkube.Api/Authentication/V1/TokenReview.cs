using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Authentication.V1;

/// <summary>authentication.k8s.io/v1 TokenReview: asks the server who a bearer token belongs to. Create-only, never stored.</summary>
[KubeKind("authentication.k8s.io", "v1", "tokenreviews", Namespaced = false, Verbs = ["create"])]
public sealed class TokenReview : KubeObject
{
    public TokenReviewSpec Spec { get; set => field = value ?? new(); } = new();

    public TokenReviewStatus Status { get; set => field = value ?? new(); } = new();
}
