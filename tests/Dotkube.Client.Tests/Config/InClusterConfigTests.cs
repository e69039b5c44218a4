using Dotkube.Client.Config;

namespace Dotkube.Client.Tests.Config;

public sealed class InClusterConfigTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dotkube-sa-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void WriteServiceAccount(bool withNamespace = true)
    {
        File.WriteAllText(Path.Combine(_dir, "token"), "tok");
        File.WriteAllText(Path.Combine(_dir, "ca.crt"), "CA PEM");
        if (withNamespace)
        {
            File.WriteAllText(Path.Combine(_dir, "namespace"), "kube-system\n");
        }
    }

    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Load_ServiceAccountMount_PointsAtTheServiceWithTokenFileAndCa()
    {
        WriteServiceAccount();

        var options = InClusterConfig.Load(_dir, Env(("KUBERNETES_SERVICE_HOST", "10.43.0.1"), ("KUBERNETES_SERVICE_PORT", "443")));

        Assert.Equal(new Uri("https://10.43.0.1:443"), options.Server);
        Assert.Equal(Path.Combine(_dir, "token"), options.BearerTokenFile);
        Assert.Equal("CA PEM", options.CertificateAuthorityPem);
        Assert.Equal("kube-system", options.Namespace);
    }

    [Fact]
    public void Load_Ipv6ServiceHost_IsBracketed()
    {
        WriteServiceAccount();

        var options = InClusterConfig.Load(_dir, Env(("KUBERNETES_SERVICE_HOST", "fd00::1"), ("KUBERNETES_SERVICE_PORT", "6443")));

        Assert.Equal("[fd00::1]", options.Server.Host);
        Assert.Equal(6443, options.Server.Port);
    }

    [Fact]
    public void Load_PodNamespaceVariable_WinsOverTheMountedFile()
    {
        WriteServiceAccount();

        var options = InClusterConfig.Load(_dir, Env(("KUBERNETES_SERVICE_HOST", "h"), ("KUBERNETES_SERVICE_PORT", "1"), ("POD_NAMESPACE", "apps")));

        Assert.Equal("apps", options.Namespace);
    }

    [Fact]
    public void Load_OutsideAPod_ThrowsNotInCluster()
    {
        WriteServiceAccount();

        var e = Assert.Throws<KubeconfigException>(() => InClusterConfig.Load(_dir, Env()));
        Assert.Contains("KUBERNETES_SERVICE_HOST", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoToken_Throws()
    {
        var e = Assert.Throws<KubeconfigException>(() =>
            InClusterConfig.Load(_dir, Env(("KUBERNETES_SERVICE_HOST", "h"), ("KUBERNETES_SERVICE_PORT", "1"))));
        Assert.Contains("token", e.Message, StringComparison.Ordinal);
    }
}
