namespace Dotkube.Api.Authentication.V1;

/// <summary>authentication/v1 TokenReviewSpec.</summary>
public sealed class TokenReviewSpec
{
    public string? Token { get; set; }

    /// <summary>Empty means the API server's own audiences.</summary>
    public List<string>? Audiences { get; set; }
}
