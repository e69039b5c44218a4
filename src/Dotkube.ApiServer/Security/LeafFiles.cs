using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Dotkube.ApiServer.Security;

/// <summary>Leaf certificates on disk: reused while still good, re-issued otherwise (k3s's start-up renewal).</summary>
internal static class LeafFiles
{
    public static PemPair LoadOrIssue(
        string directory, string stem, CertificateAuthority ca, DateTimeOffset now, Func<X509Certificate2, bool> fits, Func<PemPair> issue)
    {
        var certPath = Path.Combine(directory, stem + ".crt");
        var keyPath = Path.Combine(directory, stem + ".key");
        if (File.Exists(certPath) && File.Exists(keyPath))
        {
            var existing = new PemPair(File.ReadAllText(certPath), File.ReadAllText(keyPath));
            if (StillGood(existing, ca, now, fits))
            {
                return existing;
            }
        }

        var fresh = issue();
        // Key first: a crash between the two writes leaves a pair that does not match, which the next start re-issues.
        SecureFiles.WriteAtomically(keyPath, fresh.KeyPem, SecureFiles.PrivateFile);
        SecureFiles.WriteAtomically(certPath, fresh.CertificatePem, SecureFiles.PublicFile);
        return fresh;
    }

    private static bool StillGood(PemPair pair, CertificateAuthority ca, DateTimeOffset now, Func<X509Certificate2, bool> fits)
    {
        try
        {
            // CreateFromPem throws when the key is not the certificate's: a half-written pair.
            using var certificate = pair.ToCertificate();
            var notAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime());
            return ca.Signed(certificate, now) && notAfter - now > ClusterPki.RenewBefore && fits(certificate);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            return false;
        }
    }
}
