using System.Security.Authentication;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace Dotkube.ApiServer.Security;

/// <summary>The API server's TLS settings for Kestrel: <c>listen.UseHttps(o => KestrelTls.Configure(o, pki))</c>.</summary>
public static class KestrelTls
{
    /// <summary>
    /// Serving certificate from <paramref name="pki"/>; TLS 1.2 and 1.3 only (kube-apiserver's
    /// --tls-min-version defaults to 1.2). Client certificates are requested but optional, so
    /// bearer-token clients still connect, and any certificate is accepted at the handshake:
    /// <see cref="Authenticator"/> verifies it per request against the client CA, as upstream
    /// (Go's RequestClientCert plus its x509 authenticator). Verifying in the handshake instead
    /// would drop a connection whose certificate is bad but whose bearer token is good, and would
    /// turn a 401 Status into a TLS alert kubectl reports far less clearly.
    /// </summary>
    public static void Configure(HttpsConnectionAdapterOptions options, ClusterPki pki)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pki);
        options.ServerCertificate = pki.ServingCertificate;
        options.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
        options.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
        // Kestrel's default check trusts the system store, which does not hold our client CA.
        options.ClientCertificateValidation = static (_, _, _) => true;
        options.CheckCertificateRevocation = false;
    }
}
