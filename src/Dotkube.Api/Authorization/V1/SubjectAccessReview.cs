using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Authorization.V1;

/// <summary>authorization.k8s.io/v1 SubjectAccessReview: may this user do this? Create-only, never stored.</summary>
[KubeKind("authorization.k8s.io", "v1", "subjectaccessreviews", Namespaced = false, Verbs = ["create"])]
public sealed class SubjectAccessReview : KubeObject
{
    public SubjectAccessReviewSpec Spec { get; set => field = value ?? new(); } = new();

    public SubjectAccessReviewStatus Status { get; set => field = value ?? new(); } = new();
}
