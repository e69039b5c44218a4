using Dotkube.ApiServer.Security;
using Microsoft.AspNetCore.Http;

namespace Dotkube.ApiServer.Tests.Security;

public sealed class AuthenticatorTests : IDisposable
{
    private readonly TempDataDir _dir = new();
    private readonly ClusterPki _pki;
    private readonly BootstrapToken _token;
    private readonly Authenticator _authenticator;

    public AuthenticatorTests()
    {
        _pki = _dir.Pki(TimeProvider.System);
        _token = BootstrapToken.LoadOrCreate(_dir.Options, _pki);
        _authenticator = new Authenticator(
            new ClientCertificateAuthenticator(_pki.ClientCa, TimeProvider.System),
            TokenAuthenticator.For(_token));
    }

    public void Dispose()
    {
        _pki.Dispose();
        _dir.Dispose();
    }

    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer abc", "abc")]
    [InlineData("BEARER abc", "abc")]
    [InlineData("  Bearer abc  ", "abc")]
    [InlineData("Bearer abc def", "abc")]
    [InlineData("Bearer  abc", null)]
    [InlineData("Bearer", null)]
    [InlineData("Basic YWxpY2U6cHc=", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void BearerToken_SplitsLikeUpstream(string? header, string? token) =>
        Assert.Equal(token, Authenticator.BearerToken(header));

    [Fact]
    public async Task Authenticate_ClientCertificate_AddsSystemAuthenticated()
    {
        using var admin = _pki.Admin.ToCertificate();

        var user = await _authenticator.AuthenticateAsync(admin, null);

        Assert.Equal("system:admin", user?.Name);
        Assert.Equal(["system:masters", "system:authenticated"], user?.Groups);
    }

    [Fact]
    public async Task Authenticate_BearerToken_AddsSystemAuthenticatedOnce()
    {
        var user = await _authenticator.AuthenticateAsync(null, "Bearer " + _token.Value);

        Assert.Equal("system:bootstrap:dotkube", user?.Name);
        Assert.Single(user!.Groups, "system:authenticated");
    }

    [Fact]
    public async Task Authenticate_CertificateAndToken_CertificateWins()
    {
        using var kubelet = _pki.IssueClientCertificate("system:node:node-a", ["system:nodes"]).ToCertificate();

        Assert.Equal("system:node:node-a", (await _authenticator.AuthenticateAsync(kubelet, "Bearer " + _token.Value))?.Name);
    }

    [Fact]
    public async Task Authenticate_ForeignCertificateWithGoodToken_FallsThroughToToken()
    {
        using var otherDir = new TempDataDir();
        using var other = otherDir.Pki(TimeProvider.System);
        using var foreign = other.Admin.ToCertificate();

        Assert.Equal("system:bootstrap:dotkube", (await _authenticator.AuthenticateAsync(foreign, "Bearer " + _token.Value))?.Name);
        Assert.Null(await _authenticator.AuthenticateAsync(foreign, null));
    }

    [Fact]
    public async Task Authenticate_NoCredentials_IsAnonymousNull() =>
        Assert.Null(await _authenticator.AuthenticateAsync(null, null));

    [Fact]
    public async Task Authenticate_HttpContextWithGoodToken_RemovesAuthorizationHeader()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Bearer " + _token.Value;

        Assert.NotNull(await _authenticator.AuthenticateAsync(context));
        Assert.False(context.Request.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Authenticate_HttpContextWithBadToken_KeepsHeaderAndReturnsNull()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Bearer nope";

        Assert.Null(await _authenticator.AuthenticateAsync(context));
        Assert.Equal("Bearer nope", context.Request.Headers.Authorization.ToString());
    }

    [Fact]
    public async Task Authenticate_HttpContextWithClientCertificate_UsesConnectionCertificate()
    {
        using var admin = _pki.Admin.ToCertificate();
        var context = new DefaultHttpContext();
        context.Connection.ClientCertificate = admin;

        Assert.Equal("system:admin", (await _authenticator.AuthenticateAsync(context))?.Name);
    }
}
