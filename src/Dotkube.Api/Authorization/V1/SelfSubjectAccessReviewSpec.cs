namespace Dotkube.Api.Authorization.V1;

/// <summary>authorization/v1 SelfSubjectAccessReviewSpec: the requester is the subject; exactly one attribute set.</summary>
public sealed class SelfSubjectAccessReviewSpec
{
    public ResourceAttributes? ResourceAttributes { get; set; }

    public NonResourceAttributes? NonResourceAttributes { get; set; }
}
