using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Dotkube.ApiServer.Security;

/// <summary>
/// A self-signed ECDSA P-256 CA kept as <c>&lt;stem&gt;.crt</c>/<c>&lt;stem&gt;.key</c>, and the leaf
/// certificates it signs. Validity periods copy k3s: CAs 10 years, leaves 1 year.
/// </summary>
internal sealed class CertificateAuthority : IDisposable
{
    /// <summary>10 years, as k3s; CAs are never renewed automatically (k3s has "certificate rotate-ca").</summary>
    public static readonly TimeSpan CaValidity = TimeSpan.FromDays(3650);

    /// <summary>365 days, as k3s's leaf certificates.</summary>
    public static readonly TimeSpan LeafValidity = TimeSpan.FromDays(365);

    /// <summary>Back-dating so a node whose clock lags the server's by a few minutes still accepts fresh certificates.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly Oid ServerAuth = new("1.3.6.1.5.5.7.3.1", "Server Authentication");
    private static readonly Oid ClientAuth = new("1.3.6.1.5.5.7.3.2", "Client Authentication");

    private CertificateAuthority(X509Certificate2 certificate, string certificatePem)
    {
        Certificate = certificate;
        CertificatePem = certificatePem;
    }

    /// <summary>The CA certificate with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    public string CertificatePem { get; }

    /// <summary>
    /// Loads the pair, or creates it when either file is missing (as k3s does; every leaf it signed is
    /// then re-issued because it no longer chains). A file that exists but does not parse is an error:
    /// silently replacing a CA would lock every joined node out.
    /// </summary>
    public static CertificateAuthority LoadOrCreate(string directory, string stem, string commonNamePrefix, TimeProvider time)
    {
        var certPath = Path.Combine(directory, stem + ".crt");
        var keyPath = Path.Combine(directory, stem + ".key");
        if (File.Exists(certPath) && File.Exists(keyPath))
        {
            var pem = File.ReadAllText(certPath);
            try
            {
                return new CertificateAuthority(X509Certificate2.CreateFromPem(pem, File.ReadAllText(keyPath)), pem);
            }
            catch (Exception e) when (e is CryptographicException or ArgumentException)
            {
                throw new InvalidOperationException($"cannot load certificate authority {certPath}: {e.Message}", e);
            }
        }

        var now = time.GetUtcNow();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var subject = new X500DistinguishedNameBuilder();
        // The timestamp suffix (as k3s's "k3s-server-ca@1700000000") tells a re-created CA from the old one.
        subject.AddCommonName($"{commonNamePrefix}@{now.ToUnixTimeSeconds()}");
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        using var created = request.CreateSelfSigned(now - ClockSkew, now + CaValidity);

        var pair = new PemPair(created.ExportCertificatePem() + "\n", key.ExportECPrivateKeyPem() + "\n");
        SecureFiles.WriteAtomically(keyPath, pair.KeyPem, SecureFiles.PrivateFile);
        SecureFiles.WriteAtomically(certPath, pair.CertificatePem, SecureFiles.PublicFile);
        return new CertificateAuthority(pair.ToCertificate(), pair.CertificatePem);
    }

    /// <summary>A TLS server certificate for the given names (EKU serverAuth).</summary>
    public PemPair IssueServing(string commonName, ServingNames names, DateTimeOffset now)
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(commonName);
        var san = new SubjectAlternativeNameBuilder();
        foreach (var dns in names.DnsNames)
        {
            san.AddDnsName(dns);
        }

        foreach (var ip in names.IpAddresses)
        {
            san.AddIpAddress(ip);
        }

        return Issue(subject.Build(), ServerAuth, san.Build(), now);
    }

    /// <summary>
    /// A client certificate (EKU clientAuth) naming a Kubernetes user: CN = user, one O per group,
    /// which is how the x509 authenticator reads it back.
    /// </summary>
    public PemPair IssueClient(string commonName, IEnumerable<string> groups, DateTimeOffset now) =>
        Issue(ClientSubject(commonName, groups), ClientAuth, subjectAlternativeName: null, now);

    /// <summary>The subject naming a user: one O per group, then the CN, in Go's pkix.Name order.</summary>
    public static X500DistinguishedName ClientSubject(string commonName, IEnumerable<string> groups)
    {
        var subject = new X500DistinguishedNameBuilder();
        foreach (var group in groups)
        {
            subject.AddOrganizationName(group);
        }

        subject.AddCommonName(commonName);
        return subject.Build();
    }

    /// <summary>True when <paramref name="leaf"/> chains to this CA and is within its validity at <paramref name="now"/>.</summary>
    public bool Signed(X509Certificate2 leaf, DateTimeOffset now)
    {
        using var chain = TrustChains.Rooted(Certificate, now);
        return chain.Build(leaf) && chain.ChainElements.Count == 2;
    }

    public void Dispose() => Certificate.Dispose();

    private PemPair Issue(X500DistinguishedName subject, Oid usage, X509Extension? subjectAlternativeName, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        // ECDSA keys only sign; keyEncipherment (which k3s also sets, from its RSA days) does not apply.
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([usage], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Certificate, true, false));
        if (subjectAlternativeName is not null)
        {
            request.CertificateExtensions.Add(subjectAlternativeName);
        }

        // A leaf cannot outlive its CA (CertificateRequest.Create enforces it), so it is clipped to the CA's window.
        var caNotBefore = new DateTimeOffset(Certificate.NotBefore.ToUniversalTime());
        var caNotAfter = new DateTimeOffset(Certificate.NotAfter.ToUniversalTime());
        var notBefore = Max(now - ClockSkew, caNotBefore);
        var notAfter = Min(now + LeafValidity, caNotAfter);

        using var issued = request.Create(Certificate, notBefore, notAfter, SerialNumber());
        return new PemPair(issued.ExportCertificatePem() + "\n", key.ExportECPrivateKeyPem() + "\n");
    }

    // 128 random bits, positive: RFC 5280 asks for unique serials up to 20 octets; randomness makes them unguessable.
    private static byte[] SerialNumber()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        serial[0] |= 0x01;
        return serial;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
