using System.Net;
using System.Security.Cryptography.X509Certificates;
using Dotkube.ApiServer.Security;
using Dotkube.Testing;

namespace Dotkube.ApiServer.Tests.Security;

public sealed class ClusterPkiTests : IDisposable
{
    private readonly TempDataDir _dir = new();
    private readonly ManualTime _time = ManualTime.AtSystemNow();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void LoadOrCreate_FirstStart_WritesK3sLayoutWithPrivateKeysInPrivateDirectory()
    {
        using var pki = _dir.Pki(_time);

        Assert.Equal(
            ["client-admin.crt", "client-admin.key", "client-ca.crt", "client-ca.key", "client-kube-apiserver.crt", "client-kube-apiserver.key", "server-ca.crt", "server-ca.key", "service.key", "serving-kube-apiserver.crt", "serving-kube-apiserver.key"],
            Directory.GetFiles(_dir.Options.TlsDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(FileModes.Mode0700, FileModes.Of(_dir.Options.TlsDir));
        foreach (var key in Directory.GetFiles(_dir.Options.TlsDir, "*.key"))
        {
            Assert.Equal(FileModes.Mode0600, FileModes.Of(key));
        }

        foreach (var cert in Directory.GetFiles(_dir.Options.TlsDir, "*.crt"))
        {
            Assert.Equal(FileModes.Mode0644, FileModes.Of(cert));
        }
    }

    [Fact]
    public void LoadOrCreate_ExistingWorldReadableTlsDir_IsMadePrivate()
    {
        Directory.CreateDirectory(_dir.Options.TlsDir);
        FileModes.Set(_dir.Options.TlsDir, FileModes.Mode0755);

        using var pki = _dir.Pki(_time);

        Assert.Equal(FileModes.Mode0700, FileModes.Of(_dir.Options.TlsDir));
    }

    [Fact]
    public void LoadOrCreate_FirstStart_CasLastTenYearsAndLeavesOneYear_AllEcdsaP256()
    {
        using var pki = _dir.Pki(_time);
        using var admin = pki.Admin.ToCertificate();

        AssertLifetime(pki.ServerCa, TimeSpan.FromDays(3650));
        AssertLifetime(pki.ClientCa, TimeSpan.FromDays(3650));
        AssertLifetime(pki.ServingCertificate, TimeSpan.FromDays(365));
        AssertLifetime(admin, TimeSpan.FromDays(365));
        foreach (var cert in new[] { pki.ServerCa, pki.ClientCa, pki.ServingCertificate, admin })
        {
            using var key = cert.GetECDsaPublicKey();
            Assert.NotNull(key);
            Assert.Equal("1.2.840.10045.3.1.7", key.ExportParameters(false).Curve.Oid.Value);
        }

        Assert.True(pki.ServerCa.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
        Assert.NotEqual(pki.ServerCa.Thumbprint, pki.ClientCa.Thumbprint);
    }

    [Fact]
    public void ServingCertificate_NamesEveryAddressAClientMayDial()
    {
        _dir.Options.BindAddress = IPAddress.Parse("192.0.2.10");
        using var pki = ClusterPki.LoadOrCreate(_dir.Options, [IPAddress.Parse("198.51.100.7")], _time);

        var (dns, ips) = Sans(pki.ServingCertificate);
        Assert.Equal(
            ["kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local", "localhost", "node-a"],
            dns.Order(StringComparer.Ordinal));
        foreach (var expected in new[] { "127.0.0.1", "::1", "10.43.0.1", "192.0.2.10", "198.51.100.7" })
        {
            Assert.Contains(IPAddress.Parse(expected), ips);
        }

        foreach (var hostIp in ServingNames.HostIPv4Addresses())
        {
            Assert.Contains(hostIp, ips);
        }

        Assert.Equal("CN=kube-apiserver", pki.ServingCertificate.Subject);
        Assert.True(pki.ServingCertificate.HasPrivateKey);
    }

    [Fact]
    public void ServingCertificate_ChainsToServerCaOnly_WithServerAuthUsage()
    {
        using var pki = _dir.Pki(_time);

        Assert.True(Chains(pki.ServingCertificate, pki.ServerCa, "1.3.6.1.5.5.7.3.1"));
        Assert.False(Chains(pki.ServingCertificate, pki.ClientCa, "1.3.6.1.5.5.7.3.1"));
    }

    [Fact]
    public void AdminCertificate_IsSystemAdminInSystemMasters_SignedByClientCa()
    {
        using var pki = _dir.Pki(_time);
        using var admin = pki.Admin.ToCertificate();

        Assert.Equal("O=system:masters, CN=system:admin", admin.Subject);
        Assert.True(Chains(admin, pki.ClientCa, "1.3.6.1.5.5.7.3.2"));
        Assert.False(Chains(admin, pki.ServerCa, "1.3.6.1.5.5.7.3.2"));
        Assert.Equal(pki.Admin.CertificatePem, File.ReadAllText(_dir.Tls("client-admin.crt")));
    }

    [Fact]
    public void LoadOrCreate_Restart_ReusesEveryFileByteForByte()
    {
        using (var first = _dir.Pki(_time))
        {
        }

        var before = _dir.SnapshotTls();
        _time.Advance(TimeSpan.FromDays(30));
        using var second = _dir.Pki(_time);
        var after = _dir.SnapshotTls();

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (name, file) in before)
        {
            Assert.Equal(file.Bytes, after[name].Bytes);
            Assert.Equal(file.Written, after[name].Written);
        }
    }

    [Theory]
    [InlineData(274, true)] // 91 days left: kept
    [InlineData(276, false)] // 89 days left: renewed, as k3s at 90
    [InlineData(400, false)] // expired: renewed
    public void LoadOrCreate_LeafNearExpiry_IsRenewedAndCasKept(int daysLater, bool kept)
    {
        using (var first = _dir.Pki(_time))
        {
        }

        var before = _dir.SnapshotTls();
        _time.Advance(TimeSpan.FromDays(daysLater));
        using var later = _dir.Pki(_time);
        var after = _dir.SnapshotTls();

        foreach (var ca in new[] { "server-ca.crt", "server-ca.key", "client-ca.crt", "client-ca.key" })
        {
            Assert.Equal(before[ca].Bytes, after[ca].Bytes);
        }

        foreach (var leaf in new[] { "serving-kube-apiserver.crt", "serving-kube-apiserver.key", "client-admin.crt", "client-admin.key" })
        {
            Assert.Equal(kept, before[leaf].Bytes.SequenceEqual(after[leaf].Bytes));
        }

        Assert.True(new DateTimeOffset(later.ServingCertificate.NotAfter) - _time.Now > ClusterPki.RenewBefore);
        Assert.True(Chains(later.ServingCertificate, later.ServerCa, "1.3.6.1.5.5.7.3.1", _time.Now));
    }

    [Fact]
    public void LoadOrCreate_NewAddress_RenewsServingCertificateOnly()
    {
        using (var first = _dir.Pki(_time))
        {
        }

        var before = _dir.SnapshotTls();
        using var second = _dir.Pki(_time, IPAddress.Parse("203.0.113.5"));
        var after = _dir.SnapshotTls();

        Assert.NotEqual(before["serving-kube-apiserver.crt"].Bytes, after["serving-kube-apiserver.crt"].Bytes);
        Assert.Equal(before["client-admin.crt"].Bytes, after["client-admin.crt"].Bytes);
        Assert.Contains(IPAddress.Parse("203.0.113.5"), Sans(second.ServingCertificate).Ips);
    }

    [Fact]
    public void LoadOrCreate_AddressDropped_KeepsCertificateThatStillCoversTheRest()
    {
        using (var first = _dir.Pki(_time, IPAddress.Parse("203.0.113.5")))
        {
        }

        var before = _dir.SnapshotTls();
        using var second = _dir.Pki(_time);

        Assert.Equal(before["serving-kube-apiserver.crt"].Bytes, File.ReadAllBytes(_dir.Tls("serving-kube-apiserver.crt")));
    }

    [Fact]
    public void LoadOrCreate_KeyNotMatchingCertificate_ReissuesLeaf()
    {
        using (var first = _dir.Pki(_time))
        {
        }

        File.Copy(_dir.Tls("client-admin.key"), _dir.Tls("serving-kube-apiserver.key"), overwrite: true);
        using var second = _dir.Pki(_time);

        Assert.True(second.ServingCertificate.HasPrivateKey);
        Assert.Equal(second.Serving.KeyPem, File.ReadAllText(_dir.Tls("serving-kube-apiserver.key")));
        Assert.NotEqual(File.ReadAllText(_dir.Tls("client-admin.key")), second.Serving.KeyPem);
    }

    [Fact]
    public void LoadOrCreate_ClientCaGone_CreatesNewCaAndReissuesAdmin()
    {
        string oldAdmin;
        using (var first = _dir.Pki(_time))
        {
            oldAdmin = first.Admin.CertificatePem;
        }

        File.Delete(_dir.Tls("client-ca.key"));
        using var second = _dir.Pki(_time);
        using var admin = second.Admin.ToCertificate();

        Assert.NotEqual(oldAdmin, second.Admin.CertificatePem);
        Assert.True(Chains(admin, second.ClientCa, "1.3.6.1.5.5.7.3.2"));
    }

    [Fact]
    public void LoadOrCreate_CorruptCa_FailsInsteadOfReplacingIt()
    {
        using (var first = _dir.Pki(_time))
        {
        }

        File.WriteAllText(_dir.Tls("server-ca.crt"), "not a certificate");

        var error = Assert.Throws<InvalidOperationException>(() => _dir.Pki(_time));
        Assert.Contains("server-ca.crt", error.Message);
    }

    [Fact]
    public void IssueClientCertificate_NodeIdentity_IsSignedByClientCaAndNotStored()
    {
        using var pki = _dir.Pki(_time);
        var files = Directory.GetFiles(_dir.Options.TlsDir).Length;

        using var kubelet = pki.IssueClientCertificate("system:node:node-a", [WellKnownGroups.Nodes]).ToCertificate();

        Assert.Equal("O=system:nodes, CN=system:node:node-a", kubelet.Subject);
        Assert.True(Chains(kubelet, pki.ClientCa, "1.3.6.1.5.5.7.3.2"));
        Assert.Equal(files, Directory.GetFiles(_dir.Options.TlsDir).Length);
    }

    [Fact]
    public void LoadOrIssueClientCertificate_IdentityChanged_Reissues()
    {
        using var pki = _dir.Pki(_time);
        var first = pki.LoadOrIssueClientCertificate("client-kubelet", "system:node:node-a", [WellKnownGroups.Nodes]);

        var same = pki.LoadOrIssueClientCertificate("client-kubelet", "system:node:node-a", [WellKnownGroups.Nodes]);
        var renamed = pki.LoadOrIssueClientCertificate("client-kubelet", "system:node:node-b", [WellKnownGroups.Nodes]);

        Assert.Equal(first, same);
        Assert.NotEqual(first, renamed);
        Assert.Equal(FileModes.Mode0600, FileModes.Of(_dir.Tls("client-kubelet.key")));
    }

    [Fact]
    public void PemPair_ToString_DoesNotPrintTheKey()
    {
        using var pki = _dir.Pki(_time);

        Assert.DoesNotContain("PRIVATE KEY", pki.Admin.ToString(), StringComparison.Ordinal);
    }

    private static void AssertLifetime(X509Certificate2 cert, TimeSpan expected)
    {
        var lifetime = cert.NotAfter - cert.NotBefore;
        // Back-dated by five minutes for clock skew, and timestamps are whole seconds.
        Assert.InRange(lifetime, expected, expected + TimeSpan.FromMinutes(6));
    }

    private static (List<string> Dns, List<IPAddress> Ips) Sans(X509Certificate2 cert)
    {
        var san = cert.Extensions.First(e => e.Oid?.Value == "2.5.29.17");
        var typed = new X509SubjectAlternativeNameExtension(san.RawData);
        return (typed.EnumerateDnsNames().ToList(), typed.EnumerateIPAddresses().ToList());
    }

    private static bool Chains(X509Certificate2 leaf, X509Certificate2 root, string usage, DateTimeOffset? at = null)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(new System.Security.Cryptography.Oid(usage));
        if (at is { } time)
        {
            chain.ChainPolicy.VerificationTime = time.UtcDateTime;
        }

        return chain.Build(leaf);
    }
}
