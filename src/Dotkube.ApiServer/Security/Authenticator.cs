using System.Security.Cryptography.X509Certificates;
using Dotkube.ApiServer.Security.ServiceAccounts;
using Microsoft.AspNetCore.Http;

namespace Dotkube.ApiServer.Security;

/// <summary>
/// Upstream's request authenticator chain, in its order: x509 client certificate, then bearer
/// token (static tokens, then service-account JWTs). The first that succeeds wins and system:authenticated is added to its groups. Null
/// means anonymous; anonymous access is off (as upstream with --anonymous-auth=false), so the
/// caller answers 401 with <see cref="UnauthorizedResponse"/>. A bad certificate does not stop a
/// good token, as upstream's union authenticator.
/// </summary>
public sealed class Authenticator
{
    private readonly ClientCertificateAuthenticator _certificates;
    private readonly TokenAuthenticator _tokens;
    private readonly ServiceAccountTokenAuthenticator? _serviceAccounts;

    public Authenticator(ClientCertificateAuthenticator certificates, TokenAuthenticator tokens, ServiceAccountTokenAuthenticator? serviceAccounts = null)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        ArgumentNullException.ThrowIfNull(tokens);
        _certificates = certificates;
        _tokens = tokens;
        _serviceAccounts = serviceAccounts;
    }

    /// <summary>
    /// The request's user, or null. A token that authenticates is removed from the request's
    /// Authorization header, as upstream does, so nothing later (a proxy) forwards it.
    /// </summary>
    public async ValueTask<UserInfo?> AuthenticateAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Request.Headers.Authorization;
        var (user, byToken) = await ResolveAsync(context.Connection.ClientCertificate, headers.Count > 0 ? headers[0] : null, context.RequestAborted);
        if (byToken)
        {
            context.Request.Headers.Remove("Authorization");
        }

        return user;
    }

    /// <summary>The user for a TLS client certificate and an Authorization header value, or null.</summary>
    public async ValueTask<UserInfo?> AuthenticateAsync(X509Certificate2? clientCertificate, string? authorization, CancellationToken ct = default) =>
        (await ResolveAsync(clientCertificate, authorization, ct)).User;

    /// <summary>The user a bearer token alone authenticates as (without system:authenticated), or null: what TokenReview answers.</summary>
    public async ValueTask<UserInfo?> AuthenticateTokenAsync(string token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        return _tokens.Authenticate(token)
            ?? (_serviceAccounts is null ? null : await _serviceAccounts.AuthenticateAsync(token, ct));
    }

    /// <summary>
    /// The token of "Bearer &lt;token&gt;", scheme case-insensitive, as upstream's bearertoken
    /// authenticator splits it: on single spaces, taking the second part.
    /// </summary>
    internal static string? BearerToken(string? authorization)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return null;
        }

        var parts = authorization.Trim().Split(' ', 3);
        return parts.Length >= 2 && parts[0].Equals("bearer", StringComparison.OrdinalIgnoreCase) && parts[1].Length > 0
            ? parts[1]
            : null;
    }

    private async ValueTask<(UserInfo? User, bool ByToken)> ResolveAsync(X509Certificate2? clientCertificate, string? authorization, CancellationToken ct)
    {
        if (clientCertificate is not null && _certificates.Authenticate(clientCertificate) is { } certUser)
        {
            return (certUser.WithGroup(WellKnownGroups.Authenticated), false);
        }

        if (BearerToken(authorization) is { } token && await AuthenticateTokenAsync(token, ct) is { } tokenUser)
        {
            return (tokenUser.WithGroup(WellKnownGroups.Authenticated), true);
        }

        return (null, false);
    }
}
