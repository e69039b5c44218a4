using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Dotkube.Api.Core.V1;
using Dotkube.ApiServer.Security;

namespace Dotkube.ApiServer.Kubelets;

/// <summary>
/// The API server's connections to kubelets (upstream's KubeletClientConfig): HTTPS with the
/// kube-apiserver-kubelet-client certificate, the kubelet's serving certificate verified against
/// the server CA and the address dialled (k3s's --kubelet-certificate-authority). No overall
/// timeout: a followed log streams as long as the container runs.
/// </summary>
public sealed class KubeletClient : IDisposable
{
    /// <summary>The kubelet port when a node advertises none: upstream's --kubelet-port default.</summary>
    public const int DefaultPort = 10250;

    // As k3s's --kubelet-preferred-address-types: the node's InternalIP first.
    private static readonly string[] PreferredAddressTypes = ["InternalIP", "ExternalIP", "Hostname"];

    private readonly HttpClient _http;
    private readonly X509Certificate2 _clientCertificate;
    private readonly X509Certificate2 _serverCa;
    private readonly TimeProvider _time;

    public KubeletClient(ClusterPki pki, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(pki);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _clientCertificate = pki.KubeletClient.ToCertificate();
        _serverCa = X509Certificate2.CreateFromPem(pki.ServerCaPem);
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(30),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(90),
            SslOptions = new SslClientAuthenticationOptions
            {
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                ClientCertificates = [_clientCertificate],
                RemoteCertificateValidationCallback = (_, certificate, _, errors) => Trusted(certificate, errors),
            },
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>
    /// https://address:port/path on <paramref name="node"/>: its preferred address and its
    /// daemonEndpoints' kubelet port. Throws <see cref="InvalidOperationException"/> with upstream's
    /// text when the node has no usable address.
    /// </summary>
    public static Uri Location(Node node, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(node);
        var addresses = node.Status?.Addresses ?? [];
        var address = PreferredAddressTypes.Select(type => addresses.FirstOrDefault(a => a.Type == type && a.Address.Length > 0))
            .FirstOrDefault(a => a is not null)?.Address
            ?? throw new InvalidOperationException(
                $"no preferred addresses found; known addresses: [{string.Join(" ", addresses.Select(a => $"{{{a.Type} {a.Address}}}"))}]");
        var port = node.Status?.DaemonEndpoints.KubeletEndpoint.Port is > 0 and var advertised ? advertised : DefaultPort;
        var host = IPAddress.TryParse(address, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address;
        return new Uri($"https://{host}:{port}{pathAndQuery}");
    }

    /// <summary>A GET whose body streams: the response comes back once its headers are in.</summary>
    public Task<HttpResponseMessage> GetAsync(Uri location, CancellationToken ct) =>
        _http.GetAsync(location, HttpCompletionOption.ResponseHeadersRead, ct);

    /// <summary>
    /// Sends <paramref name="request"/> and returns once the response headers are in. A 101 answer's
    /// content is the raw connection, readable and writable, and leaves the pool with it.
    /// </summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
        _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);

    public void Dispose()
    {
        _http.Dispose();
        _clientCertificate.Dispose();
        _serverCa.Dispose();
    }

    private bool Trusted(X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & (SslPolicyErrors.RemoteCertificateNotAvailable | SslPolicyErrors.RemoteCertificateNameMismatch)) != 0)
            return false;
        using var chain = TrustChains.Rooted(_serverCa, _time.GetUtcNow());
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }
}
