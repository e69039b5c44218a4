using System.Security.Cryptography.X509Certificates;

namespace Dotkube.ApiServer.Security;

/// <summary>Chains built against one of our CAs only: no system store, no revocation lookups, no downloads (nothing to fetch offline).</summary>
internal static class TrustChains
{
    public static X509Chain Rooted(X509Certificate2 root, DateTimeOffset at)
    {
        var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        return chain;
    }
}
