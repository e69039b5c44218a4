using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Dotkube.ApiServer.Security;

namespace Dotkube.ApiServer.Tests.Security;

public sealed class BootstrapTokenTests : IDisposable
{
    private readonly TempDataDir _dir = new();
    private readonly ClusterPki _pki;

    public BootstrapTokenTests() => _pki = _dir.Pki(TimeProvider.System);

    public void Dispose()
    {
        _pki.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void LoadOrCreate_FirstStart_WritesK3sSecureTokenWithServerCaHash()
    {
        var token = BootstrapToken.LoadOrCreate(_dir.Options, _pki);

        Assert.Equal(Path.Combine(_dir.Options.DataDir, "server", "token"), token.Path);
        var match = Regex.Match(token.Value, "^K10([0-9a-f]{64})::server:([0-9a-f]{32})$");
        Assert.True(match.Success, token.Value);
        var caHash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(_dir.Tls("server-ca.crt"))));
        Assert.Equal(caHash, match.Groups[1].Value);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, FileModes.Of(token.Path));
    }

    [Fact]
    public void LoadOrCreate_Restart_ReusesTheToken()
    {
        var first = BootstrapToken.LoadOrCreate(_dir.Options, _pki);
        var written = File.ReadAllBytes(first.Path);

        var second = BootstrapToken.LoadOrCreate(_dir.Options, _pki);

        Assert.Equal(first.Value, second.Value);
        Assert.Equal(written, File.ReadAllBytes(second.Path));
    }

    [Fact]
    public void LoadOrCreate_TwoClusters_GetDifferentSecrets()
    {
        using var otherDir = new TempDataDir();
        using var otherPki = otherDir.Pki(TimeProvider.System);

        Assert.NotEqual(BootstrapToken.LoadOrCreate(_dir.Options, _pki).Value, BootstrapToken.LoadOrCreate(otherDir.Options, otherPki).Value);
    }
}
