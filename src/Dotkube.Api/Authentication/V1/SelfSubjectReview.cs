using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Authentication.V1;

/// <summary>authentication.k8s.io/v1 SelfSubjectReview: "who am I" (GA since v1.28). Create-only, never stored.</summary>
[KubeKind("authentication.k8s.io", "v1", "selfsubjectreviews", Namespaced = false, Verbs = ["create"])]
public sealed class SelfSubjectReview : KubeObject
{
    public SelfSubjectReviewStatus Status { get; set => field = value ?? new(); } = new();
}
