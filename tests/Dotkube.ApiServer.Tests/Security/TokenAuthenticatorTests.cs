using Dotkube.ApiServer.Security;

namespace Dotkube.ApiServer.Tests.Security;

public sealed class TokenAuthenticatorTests : IDisposable
{
    private readonly TempDataDir _dir = new();
    private readonly ClusterPki _pki;
    private readonly BootstrapToken _bootstrap;

    public TokenAuthenticatorTests()
    {
        _pki = _dir.Pki(TimeProvider.System);
        _bootstrap = BootstrapToken.LoadOrCreate(_dir.Options, _pki);
    }

    public void Dispose()
    {
        _pki.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void Authenticate_BootstrapToken_IsBootstrapUserInSystemMasters()
    {
        var user = TokenAuthenticator.For(_bootstrap).Authenticate(_bootstrap.Value);

        Assert.NotNull(user);
        Assert.Equal("system:bootstrap:dotkube", user.Name);
        Assert.Contains("system:masters", user.Groups);
        Assert.Contains("system:bootstrappers", user.Groups);
    }

    public static TheoryData<string, Func<string, string>> WrongTokens => new()
    {
        { "empty", _ => "" },
        { "prefix", t => t[..^1] },
        { "longer", t => t + "0" },
        { "other case", t => t.ToUpperInvariant() },
        { "secret only", t => t[(t.IndexOf("::server:", StringComparison.Ordinal) + 9)..] },
    };

    [Theory]
    [MemberData(nameof(WrongTokens))]
    public void Authenticate_WrongToken_IsRejected(string name, Func<string, string> spoil)
    {
        _ = name;
        Assert.Null(TokenAuthenticator.For(_bootstrap).Authenticate(spoil(_bootstrap.Value)));
    }

    [Fact]
    public void Authenticate_StaticTokens_MapToTheirUsers_LastDuplicateWins()
    {
        var tokens = StaticTokenFile.Parse("""
            abc,alice,1001,"dev,ops"
            def,bob,1002
            abc,carol,1003
            """, "tokens.csv");
        var authenticator = TokenAuthenticator.For(_bootstrap, tokens);

        Assert.Equal("carol", authenticator.Authenticate("abc")?.Name);
        Assert.Equal("1002", authenticator.Authenticate("def")?.Uid);
        Assert.Equal("system:bootstrap:dotkube", authenticator.Authenticate(_bootstrap.Value)?.Name);
        Assert.Null(authenticator.Authenticate("ghi"));
    }

    [Fact]
    public void StaticToken_ToString_DoesNotPrintTheToken()
    {
        var token = new StaticToken("s3cr3t", new UserInfo("alice", []));

        Assert.DoesNotContain("s3cr3t", token.ToString(), StringComparison.Ordinal);
        Assert.Contains("alice", token.ToString(), StringComparison.Ordinal);
    }
}
