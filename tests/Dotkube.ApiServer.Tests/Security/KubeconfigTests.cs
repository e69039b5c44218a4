using System.Net;
using System.Text;
using System.Text.Json;
using Dotkube.Api.Serialization;
using Dotkube.ApiServer.Security;

namespace Dotkube.ApiServer.Tests.Security;

public sealed class KubeconfigTests : IDisposable
{
    private readonly TempDataDir _dir = new();
    private readonly ClusterPki _pki;

    public KubeconfigTests() => _pki = _dir.Pki(TimeProvider.System);

    public void Dispose()
    {
        _pki.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void WriteAdmin_ParsesAsK3sStyleKubeconfigWithEmbeddedCredentials()
    {
        var path = _dir.Options.WriteKubeconfig;

        Kubeconfig.WriteAdmin(path, _dir.Options.WriteKubeconfigMode, "https://127.0.0.1:6443", _pki);

        using var doc = JsonDocument.Parse(KubeYaml.ToJson(File.ReadAllBytes(path)));
        var root = doc.RootElement;
        Assert.Equal("Config", root.GetProperty("kind").GetString());
        Assert.Equal("default", root.GetProperty("current-context").GetString());
        var cluster = root.GetProperty("clusters")[0];
        Assert.Equal("default", cluster.GetProperty("name").GetString());
        Assert.Equal("https://127.0.0.1:6443", cluster.GetProperty("cluster").GetProperty("server").GetString());
        Assert.Equal(_pki.ServerCaPem, Decode(cluster.GetProperty("cluster").GetProperty("certificate-authority-data")));
        var context = root.GetProperty("contexts")[0];
        Assert.Equal("default", context.GetProperty("context").GetProperty("cluster").GetString());
        Assert.Equal("default", context.GetProperty("context").GetProperty("user").GetString());
        var user = root.GetProperty("users")[0];
        Assert.Equal("default", user.GetProperty("name").GetString());
        Assert.Equal(_pki.Admin.CertificatePem, Decode(user.GetProperty("user").GetProperty("client-certificate-data")));
        Assert.Equal(_pki.Admin.KeyPem, Decode(user.GetProperty("user").GetProperty("client-key-data")));
    }

    [Theory]
    [InlineData("600")]
    [InlineData("644")]
    [InlineData("640")]
    public void WriteAdmin_AppliesRequestedModeDespiteUmask(string octal)
    {
        var mode = Convert.ToInt32(octal, 8);

        Kubeconfig.WriteAdmin(_dir.Options.WriteKubeconfig, mode, "https://127.0.0.1:6443", _pki);

        Assert.Equal((UnixFileMode)mode, FileModes.Of(_dir.Options.WriteKubeconfig));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(_dir.Options.WriteKubeconfig)!));
    }

    [Fact]
    public void WriteAdmin_Unchanged_LeavesFileButFixesMode()
    {
        var path = _dir.Options.WriteKubeconfig;
        Kubeconfig.WriteAdmin(path, Convert.ToInt32("600", 8), "https://127.0.0.1:6443", _pki);
        var written = File.GetLastWriteTimeUtc(path);
        File.SetLastWriteTimeUtc(path, written.AddMinutes(-1));

        Kubeconfig.WriteAdmin(path, Convert.ToInt32("644", 8), "https://127.0.0.1:6443", _pki);

        Assert.Equal(written.AddMinutes(-1), File.GetLastWriteTimeUtc(path));
        Assert.Equal((UnixFileMode)Convert.ToInt32("644", 8), FileModes.Of(path));
    }

    [Fact]
    public void WriteAdmin_NewPort_RewritesFile()
    {
        var path = _dir.Options.WriteKubeconfig;
        Kubeconfig.WriteAdmin(path, 384, "https://127.0.0.1:6443", _pki);

        Kubeconfig.WriteAdmin(path, 384, "https://127.0.0.1:7443", _pki);

        Assert.Contains("server: https://127.0.0.1:7443", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0.0.0", 6443, "https://127.0.0.1:6443")]
    [InlineData("::", 6443, "https://127.0.0.1:6443")]
    [InlineData("192.0.2.10", 6443, "https://192.0.2.10:6443")]
    [InlineData("fd00::10", 7443, "https://[fd00::10]:7443")]
    public void ServerUrl_LoopbackUnlessBoundToOneAddress(string bind, int port, string expected) =>
        Assert.Equal(expected, Kubeconfig.ServerUrl(new ApiServerOptions { BindAddress = IPAddress.Parse(bind) }, port));

    private static string Decode(JsonElement base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64.GetString()!));
}
