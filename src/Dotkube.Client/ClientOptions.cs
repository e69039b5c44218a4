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

    /// <summary>Defaults to "dotkube/&lt;version&gt;", as client-go sends its binary name and version.</summary>
    public string UserAgent { get; init; } = "dotkube";

    /// <summary>Defaults to 30 s for ordinary requests; watches are not bound by it.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
