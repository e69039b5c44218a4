namespace Dotkube.Api.Authentication.V1;

/// <summary>authentication/v1 SelfSubjectReviewStatus: the requester as the server authenticated it.</summary>
public sealed class SelfSubjectReviewStatus
{
    public UserInfo UserInfo { get; set => field = value ?? new(); } = new();
}
