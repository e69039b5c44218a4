using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Authorization.V1;

/// <summary>
/// authorization.k8s.io/v1 LocalSubjectAccessReview: a SubjectAccessReview confined to the request's
/// namespace, so namespace admins can be allowed to ask. Create-only, never stored.
/// </summary>
[KubeKind("authorization.k8s.io", "v1", "localsubjectaccessreviews", Verbs = ["create"])]
public sealed class LocalSubjectAccessReview : KubeObject
{
    public SubjectAccessReviewSpec Spec { get; set => field = value ?? new(); } = new();

    public SubjectAccessReviewStatus Status { get; set => field = value ?? new(); } = new();
}
