using System.Security.Cryptography.X509Certificates;

namespace Dotkube.ApiServer.Security;

/// <summary>A certificate and its private key, PEM-encoded exactly as they are stored on disk and in kubeconfigs.</summary>
public sealed record PemPair(string CertificatePem, string KeyPem)
{
    /// <summary>
    /// The certificate with its key attached. On Linux the key stays ephemeral (no PKCS#12 round
    /// trip) and SslStream accepts it; Windows would need the round trip, but dotkube is Linux-only.
    /// </summary>
    public X509Certificate2 ToCertificate() => X509Certificate2.CreateFromPem(CertificatePem, KeyPem);

    /// <summary>Leaves the key out: records print every member by default, and this one is a secret.</summary>
    public override string ToString() => $"PemPair {{ CertificatePem = {CertificatePem.Length} chars, KeyPem = (redacted) }}";
}
