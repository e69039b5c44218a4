namespace Dotkube.Api.Authorization.V1;

/// <summary>authorization/v1 SelfSubjectRulesReviewSpec. Required upstream, but tagged omitempty.</summary>
public sealed class SelfSubjectRulesReviewSpec
{
    public string? Namespace { get; set; }
}
