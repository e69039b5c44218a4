namespace Dotkube.Api.Authentication.V1;

/// <summary>authentication/v1 TokenRequestSpec.</summary>
public sealed class TokenRequestSpec
{
    /// <summary>Tagged without omitempty upstream, so always written.</summary>
    public List<string> Audiences { get; set => field = value ?? []; } = [];

    /// <summary>The issuer may grant a different lifetime; clients read status.expirationTimestamp.</summary>
    public long? ExpirationSeconds { get; set; }

    /// <summary>The token is valid only while this object exists.</summary>
    public BoundObjectReference? BoundObjectRef { get; set; }
}
