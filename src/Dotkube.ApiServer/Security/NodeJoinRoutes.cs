using System.Net;
using Dotkube.Api.Naming;
using Dotkube.ApiServer.Http;
using Microsoft.AspNetCore.Http;

namespace Dotkube.ApiServer.Security;

/// <summary>
/// The join endpoints of <c>dotkube agent --server URL --token T</c>, k3s's supervisor routes on the
/// API server's port under our own prefix:
/// <code>
/// GET /cacerts                            the server CA, public; the agent checks its sha256 against the K10 token
/// GET /v1-dotkube/client-ca.crt           the client CA, which the kubelet API trusts (the API server's identity)
/// GET /v1-dotkube/client-kubelet.crt      a fresh CN=system:node:NAME, O=system:nodes client certificate, then its key
/// GET /v1-dotkube/serving-kubelet.crt     a fresh kubelet serving certificate for NAME, localhost and the node IPs, then its key
/// </code>
/// The /v1-dotkube routes take the join token only (as k3s's take the node token); the request
/// pipeline has already answered 401 to a wrong one, anyone else gets 403. The node is named by the
/// <see cref="NodeNameHeader"/> header (400 without it) and its addresses by <see cref="NodeIpHeader"/>,
/// as k3s's k3s-Node-Name and k3s-Node-IP. Like k3s, the server makes the key and returns it after
/// the certificate; nothing is stored on the server. k3s's node password (which stops a second
/// machine from taking an existing node's name) is not implemented.
/// </summary>
public sealed class NodeJoinRoutes(ClusterPki pki)
{
    public const string CaCertsPath = "/cacerts";
    public const string ClientCaPath = "/v1-dotkube/client-ca.crt";
    public const string ClientKubeletPath = "/v1-dotkube/client-kubelet.crt";
    public const string ServingKubeletPath = "/v1-dotkube/serving-kubelet.crt";
    public const string NodeNameHeader = "Dotkube-Node-Name";

    /// <summary>Comma-separated IP addresses the kubelet serving certificate must also cover.</summary>
    public const string NodeIpHeader = "Dotkube-Node-IP";

    /// <summary>The routes to add to the non-resource handler.</summary>
    public IReadOnlyDictionary<string, Func<HttpContext, Task>> Routes => new Dictionary<string, Func<HttpContext, Task>>(StringComparer.Ordinal)
    {
        [CaCertsPath] = http => Get(http, () => WriteAsync(http, File.ReadAllText(Path.Combine(pki.TlsDir, ClusterPki.ServerCaStem + ".crt")))),
        [ClientCaPath] = http => Get(http, () => ForJoinToken(http, () => WriteAsync(http, pki.ClientCaPem))),
        [ClientKubeletPath] = http => Get(http, () => ForNode(http, (name, _) =>
            WriteAsync(http, Concatenated(pki.IssueClientCertificate("system:node:" + name, [WellKnownGroups.Nodes]))))),
        [ServingKubeletPath] = http => Get(http, () => ForNode(http, (name, ips) =>
            WriteAsync(http, Concatenated(pki.IssueServingCertificate(name, new ServingNames([name, "localhost"], [.. ips, IPAddress.Loopback])))))),
    };

    private static Task Get(HttpContext http, Func<Task> handler)
    {
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET";
            return NonResourceHandler.WriteTextAsync(http, "only GET is supported\n", StatusCodes.Status405MethodNotAllowed);
        }

        return handler();
    }

    private static Task ForJoinToken(HttpContext http, Func<Task> handler) =>
        http.Items[typeof(UserInfo)] is UserInfo { Name: var name } && name == BootstrapToken.User.Name
            ? handler()
            : NonResourceHandler.WriteTextAsync(http, "forbidden: node certificates are only issued for the join token\n", StatusCodes.Status403Forbidden);

    private static Task ForNode(HttpContext http, Func<string, IReadOnlyList<IPAddress>, Task> handler) => ForJoinToken(http, () =>
    {
        var name = http.Request.Headers[NodeNameHeader].ToString();
        if (name.Length == 0 || NameValidation.IsDNS1123Subdomain(name) is { Count: > 0 })
        {
            return NonResourceHandler.WriteTextAsync(http, $"the {NodeNameHeader} header must name the node (a DNS-1123 subdomain)\n",
                StatusCodes.Status400BadRequest);
        }

        var ips = new List<IPAddress>();
        foreach (var text in http.Request.Headers[NodeIpHeader].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IPAddress.TryParse(text, out var ip))
            {
                return NonResourceHandler.WriteTextAsync(http, $"the {NodeIpHeader} header holds \"{text}\", not an IP address\n",
                    StatusCodes.Status400BadRequest);
            }

            ips.Add(ip);
        }

        return handler(name, ips);
    });

    private static string Concatenated(PemPair pair) => pair.CertificatePem.TrimEnd() + "\n" + pair.KeyPem.TrimEnd() + "\n";

    private static Task WriteAsync(HttpContext http, string pem) => NonResourceHandler.WriteTextAsync(http, pem);
}
