namespace Dotkube.Api.Core.V1;

/// <summary>Schemes of an <see cref="HTTPGetAction"/>.</summary>
public static class URIScheme
{
    public const string HTTP = "HTTP";
    public const string HTTPS = "HTTPS";
}
