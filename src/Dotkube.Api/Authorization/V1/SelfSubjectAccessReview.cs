using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Authorization.V1;

/// <summary>authorization.k8s.io/v1 SelfSubjectAccessReview: may I do this? Create-only, never stored.</summary>
[KubeKind("authorization.k8s.io", "v1", "selfsubjectaccessreviews", Namespaced = false, Verbs = ["create"])]
public sealed class SelfSubjectAccessReview : KubeObject
{
    public SelfSubjectAccessReviewSpec Spec { get; set => field = value ?? new(); } = new();

    public SubjectAccessReviewStatus Status { get; set => field = value ?? new(); } = new();
}
