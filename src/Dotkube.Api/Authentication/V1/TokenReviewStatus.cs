namespace Dotkube.Api.Authentication.V1;

/// <summary>authentication/v1 TokenReviewStatus, filled in by the server.</summary>
public sealed class TokenReviewStatus
{
    public bool? Authenticated { get; set; }

    /// <summary>A non-pointer struct upstream, so always written (<c>{}</c> when unauthenticated).</summary>
    public UserInfo User { get; set => field = value ?? new(); } = new();

    /// <summary>The intersection of the requested audiences and the token's.</summary>
    public List<string>? Audiences { get; set; }

    public string? Error { get; set; }
}
