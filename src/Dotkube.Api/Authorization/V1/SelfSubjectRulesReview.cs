using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Authorization.V1;

/// <summary>
/// authorization.k8s.io/v1 SelfSubjectRulesReview: what may I do in a namespace? For UIs only; the
/// answer can be incomplete. Create-only, never stored.
/// </summary>
[KubeKind("authorization.k8s.io", "v1", "selfsubjectrulesreviews", Namespaced = false, Verbs = ["create"])]
public sealed class SelfSubjectRulesReview : KubeObject
{
    public SelfSubjectRulesReviewSpec Spec { get; set => field = value ?? new(); } = new();

    public SubjectRulesReviewStatus Status { get; set => field = value ?? new(); } = new();
}
