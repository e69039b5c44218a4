namespace Dotkube.Api.Authentication.V1;

/// <summary>authentication/v1 TokenRequestStatus; both fields lack omitempty upstream, so both are always written.</summary>
public sealed class TokenRequestStatus
{
    public string Token { get; set; } = "";

    public DateTimeOffset ExpirationTimestamp { get; set; }
}
