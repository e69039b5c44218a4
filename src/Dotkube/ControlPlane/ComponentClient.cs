using System.Net;
using Dotkube.ApiServer;
using Dotkube.Client;
using Dotkube.Client.Rest;

namespace Dotkube.ControlPlane;

/// <summary>A client for a control-plane component inside <c>dotkube server</c>: its own client certificate, over HTTPS to this server.</summary>
internal static class ComponentClient
{
    /// <param name="stem">File stem of the certificate kept in the data dir (e.g. "client-scheduler").</param>
    /// <param name="groups">The certificate's organizations (groups), e.g. system:nodes for a kubelet.</param>
    public static KubeClient Create(ApiServer.ApiServer server, ApiServerOptions apiOptions, string stem, string userName, string userAgent,
        IReadOnlyList<string>? groups = null)
    {
        var certificate = server.Pki.LoadOrIssueClientCertificate(stem, userName, groups ?? []);
        return new KubeClient(new ClientOptions
        {
            Server = new UriBuilder(Uri.UriSchemeHttps, LocalAddress(apiOptions.BindAddress).ToString(), server.Port).Uri,
            CertificateAuthorityPem = server.Pki.ServerCaPem,
            ClientCertificatePem = certificate.CertificatePem,
            ClientKeyPem = certificate.KeyPem,
            UserAgent = userAgent,
        });
    }

    /// <summary>The address this process reaches its own server on: loopback when it listens on every address.</summary>
    private static IPAddress LocalAddress(IPAddress bind) =>
        bind.Equals(IPAddress.Any) ? IPAddress.Loopback : bind.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback : bind;
}
