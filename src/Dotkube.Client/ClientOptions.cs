namespace Dotkube.Client;

/// <summary>How a client reaches and identifies itself to the API server (client-go's rest.Config essentials).</summary>
public sealed class ClientOptions
{
    /// <summary>The API server, e.g. https://127.0.0.1:6443.</summary>
    public required Uri Server { get; init; }

    /// <summary>PEM of the CA that signs the server's certificate; null trusts the system store.</summary>
    public string? CertificateAuthorityPem { get; init; }

    /// <summary>PEM client certificate and key for x509 authentication.</summary>
    public string? ClientCertificatePem { get; init; }

    public string? ClientKeyPem { get; init; }

    /// <summary>A bearer token, as kubeconfig's user.token or the in-cluster service account token.</summary>
    public string? BearerToken { get; init; }

    /// <summary>
    /// A file holding the bearer token, re-read about once a minute because projected service
    /// account tokens rotate (client-go's BearerTokenFile). <see cref="BearerToken"/> wins when both are set.
    /// </summary>
    public string? BearerTokenFile { get; init; }

    /// <summary>
    /// Skips server certificate validation (kubeconfig's insecure-skip-tls-verify). Defaults to false;
    /// never combine with <see cref="CertificateAuthorityPem"/>, as client-go refuses that pair.
    /// </summary>
    public bool InsecureSkipTlsVerify { get; init; }

    /// <summary>
    /// The namespace of the kubeconfig context or of the pod's service account; null when neither
    /// names one, and clients then use "default" as kubectl does.
    /// </summary>
    public string? Namespace { get; init; }

    /// <summary>Defaults to "dotkube/&lt;version&gt;", as client-go sends its binary name and version.</summary>
    public string UserAgent { get; init; } = "dotkube";

    /// <summary>Defaults to 30 s for ordinary requests; watches are not bound by it.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
