using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Dotkube.Client.Rest;

/// <summary>The TLS side of <see cref="ClientOptions"/>: client certificate, trusted CA, or no verification.</summary>
public static class HttpHandlerFactory
{
    public static SocketsHttpHandler Create(ClientOptions options)
    {
        Validate(options);
        var handler = new SocketsHttpHandler
        {
            // One HTTP/2 connection carries at most ~100 streams; informers hold a watch each.
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(90),
        };

        if (options.ClientCertificatePem is not null)
        {
            handler.SslOptions.ClientCertificateContext = ClientCertificate(options.ClientCertificatePem, options.ClientKeyPem!);
        }

        if (options.InsecureSkipTlsVerify)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }
        else if (options.CertificateAuthorityPem is not null)
        {
            var roots = new X509Certificate2Collection();
            roots.ImportFromPem(options.CertificateAuthorityPem);
            if (roots.Count == 0)
            {
                throw new ArgumentException("CertificateAuthorityPem holds no certificate", nameof(options));
            }

            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
                IsTrusted(roots, certificate, chain, errors);
        }

        return handler;
    }

    private static void Validate(ClientOptions options)
    {
        if (options.Server.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException($"Server {options.Server} is not an http or https URL", nameof(options));
        }

        if ((options.ClientCertificatePem is null) != (options.ClientKeyPem is null))
        {
            throw new ArgumentException("ClientCertificatePem and ClientKeyPem go together", nameof(options));
        }

        if (options.InsecureSkipTlsVerify && options.CertificateAuthorityPem is not null)
        {
            throw new ArgumentException("InsecureSkipTlsVerify and CertificateAuthorityPem exclude each other", nameof(options));
        }
    }

    /// <summary>The leaf and any intermediates after it in the PEM, sent together so the server can build the chain.</summary>
    private static SslStreamCertificateContext ClientCertificate(string certificatePem, string keyPem)
    {
        var leaf = X509Certificate2.CreateFromPem(certificatePem, keyPem);
        if (OperatingSystem.IsWindows())
        {
            // SChannel cannot use an ephemeral PEM key; a PKCS#12 round trip persists it.
            leaf = X509CertificateLoader.LoadPkcs12(leaf.Export(X509ContentType.Pkcs12), null);
        }

        var all = new X509Certificate2Collection();
        all.ImportFromPem(certificatePem);
        var intermediates = new X509Certificate2Collection();
        foreach (var certificate in all)
        {
            if (certificate.Thumbprint != leaf.Thumbprint)
            {
                intermediates.Add(certificate);
            }
        }

        return SslStreamCertificateContext.Create(leaf, intermediates, offline: true);
    }

    /// <summary>
    /// Chain to the given roots only (CustomRootTrust), not the system store, as Go's tls.Config.RootCAs.
    /// The host name check stays the platform's.
    /// </summary>
    private static bool IsTrusted(X509Certificate2Collection roots, X509Certificate? certificate, X509Chain? presented, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return chain.Build(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
    }
}
