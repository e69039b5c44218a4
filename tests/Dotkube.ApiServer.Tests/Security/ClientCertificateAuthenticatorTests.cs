using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography;
using Dotkube.ApiServer.Security;
using Dotkube.Testing;

namespace Dotkube.ApiServer.Tests.Security;

public sealed class ClientCertificateAuthenticatorTests : IDisposable
{
    private readonly TempDataDir _dir = new();
    private readonly ManualTime _time = ManualTime.AtSystemNow();
    private readonly ClusterPki _pki;
    private readonly ClientCertificateAuthenticator _authenticator;

    public ClientCertificateAuthenticatorTests()
    {
        _pki = _dir.Pki(_time);
        _authenticator = new ClientCertificateAuthenticator(_pki.ClientCa, _time);
    }

    public void Dispose()
    {
        _pki.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void Authenticate_AdminCertificate_IsCommonNameWithOrganizationsAsGroups()
    {
        using var admin = _pki.Admin.ToCertificate();

        var user = _authenticator.Authenticate(admin);

        Assert.NotNull(user);
        Assert.Equal("system:admin", user.Name);
        Assert.Equal("", user.Uid);
        Assert.Equal(["system:masters"], user.Groups);
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(admin.RawData));
        Assert.Equal([$"X509SHA256={fingerprint}"], user.Extra[UserInfo.CredentialIdKey]);
    }

    [Fact]
    public void Authenticate_SeveralOrganizations_AreAllGroupsInOrder()
    {
        using var cert = _pki.IssueClientCertificate("jane", ["dev", "ops", "system:nodes"]).ToCertificate();

        var user = _authenticator.Authenticate(cert);

        Assert.NotNull(user);
        Assert.Equal("jane", user.Name);
        Assert.Equal(["dev", "ops", "system:nodes"], user.Groups);
    }

    [Fact]
    public void Authenticate_CertificateFromForeignCa_IsRejected()
    {
        using var otherDir = new TempDataDir();
        using var other = otherDir.Pki(_time);
        using var foreign = other.Admin.ToCertificate();

        Assert.Null(_authenticator.Authenticate(foreign));
    }

    [Fact]
    public void Authenticate_ServingCertificate_IsRejected() =>
        Assert.Null(_authenticator.Authenticate(_pki.ServingCertificate));

    [Fact]
    public void Authenticate_ServerAuthOnlyCertificateFromClientCa_IsRejected()
    {
        using var clientCa = CertificateAuthority.LoadOrCreate(_pki.TlsDir, ClusterPki.ClientCaStem, "unused", _time);
        using var serverOnly = clientCa.IssueServing("system:admin", _dir.Names(), _time.Now).ToCertificate();

        Assert.Null(_authenticator.Authenticate(serverOnly));
    }

    [Fact]
    public void Authenticate_TheClientCaItself_IsRejected()
    {
        using var clientCa = CertificateAuthority.LoadOrCreate(_pki.TlsDir, ClusterPki.ClientCaStem, "unused", _time);

        Assert.Null(_authenticator.Authenticate(clientCa.Certificate));
    }

    [Fact]
    public void Authenticate_NoCommonName_AuthenticatesNoOne()
    {
        using var clientCa = CertificateAuthority.LoadOrCreate(_pki.TlsDir, ClusterPki.ClientCaStem, "unused", _time);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddOrganizationName("system:masters");
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
        using var cert = request.Create(clientCa.Certificate, _time.Now, _time.Now.AddDays(1), [1, 2, 3]);

        Assert.Null(_authenticator.Authenticate(cert));
    }

    [Fact]
    public void Authenticate_ExpiredCertificate_IsRejected()
    {
        using var admin = _pki.Admin.ToCertificate();
        _time.Advance(TimeSpan.FromDays(366));

        Assert.Null(_authenticator.Authenticate(admin));
    }

    [Fact]
    public void Authenticate_SameConnectionAfterCertificateExpired_IsRejected()
    {
        using var admin = _pki.Admin.ToCertificate();
        Assert.NotNull(_authenticator.Authenticate(admin));

        _time.Advance(TimeSpan.FromDays(366));

        Assert.Null(_authenticator.Authenticate(admin));
    }
}
