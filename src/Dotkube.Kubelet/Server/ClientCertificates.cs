using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Dotkube.Kubelet.Server;

/// <summary>
/// x509 client authentication for the kubelet API: a certificate counts when it chains to the
/// client CA and allows clientAuth (explicitly: a serving certificate of the same cluster must not
/// pass); the user is its CN, as the API server's authenticator reads it.
/// </summary>
internal sealed class ClientCertificates(X509Certificate2 clientCa, TimeProvider time)
{
    private const string ClientAuthOid = "1.3.6.1.5.5.7.3.2";

    /// <summary>Checked once per connection, at the TLS handshake.</summary>
    public bool Verify(X509Certificate2 certificate)
    {
        var usages = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault()?.EnhancedKeyUsages;
        if (usages is null || !usages.Cast<Oid>().Any(oid => oid.Value == ClientAuthOid))
            return false;

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(clientCa);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = time.GetUtcNow().UtcDateTime;
        return chain.Build(certificate);
    }

    /// <summary>The user a verified certificate names (its CN), or null.</summary>
    public static string? UserOf(X509Certificate2? certificate) =>
        certificate?.GetNameInfo(X509NameType.SimpleName, forIssuer: false) is { Length: > 0 } name ? name : null;
}
