using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Client.Tests.Support;

namespace Dotkube.Client.Tests.Rest;

/// <summary>TLS trust and client identity against the real server.</summary>
[Collection(ApiServerCollection.Name)]
public sealed class TransportTests(ApiServerFixture server)
{
    private ClientOptions Admin => KubeconfigLoader.Load(server.KubeconfigPath);

    private static string OtherCaPem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=not-the-cluster-ca", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return ca.ExportCertificatePem();
    }

    [Fact]
    public async Task Request_ServerNotSignedByTheGivenCa_FailsTls()
    {
        var admin = Admin;
        using var client = new KubeClient(new ClientOptions
        {
            Server = admin.Server,
            CertificateAuthorityPem = OtherCaPem(),
            ClientCertificatePem = admin.ClientCertificatePem,
            ClientKeyPem = admin.ClientKeyPem,
        });

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync<Namespace>(null, "default"));
    }

    [Fact]
    public async Task Request_InsecureSkipTlsVerify_ConnectsWithoutTheCa()
    {
        var admin = Admin;
        using var client = new KubeClient(new ClientOptions
        {
            Server = admin.Server,
            InsecureSkipTlsVerify = true,
            ClientCertificatePem = admin.ClientCertificatePem,
            ClientKeyPem = admin.ClientKeyPem,
        });

        Assert.Equal("default", (await client.GetAsync<Namespace>(null, "default")).Metadata.Name);
    }

    [Fact]
    public async Task Request_WithoutCredentials_IsRejectedWithAStatus()
    {
        using var client = new KubeClient(new ClientOptions { Server = Admin.Server, CertificateAuthorityPem = Admin.CertificateAuthorityPem });

        var e = await Assert.ThrowsAsync<ApiStatusException>(() => client.ListAsync<Secret>("kube-system"));

        Assert.True(e.IsUnauthorized || e.IsForbidden, e.Message);
    }
}
