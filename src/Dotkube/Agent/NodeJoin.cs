using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Dotkube.ApiServer.Security;
using Dotkube.Client;
using Dotkube.Client.Rest;

namespace Dotkube.Agent;

/// <summary>
/// <c>dotkube agent --server URL --token T</c>, joined the k3s way: read the server CA from the
/// public <c>/cacerts</c> without trusting anyone yet, refuse it unless its sha256 is the one in the
/// K10 token, then, trusting only that CA, fetch the client CA and this node's kubelet client and
/// serving certificates with the token (see <see cref="NodeJoinRoutes"/>). Everything is kept in
/// DATA_DIR/agent and reused on restart while it is good (<see cref="NodeCredentials.Load"/>).
/// </summary>
public sealed class NodeJoin(Uri server, JoinToken token, string agentDir, string nodeName, IReadOnlyList<IPAddress> nodeIps, TimeProvider time)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public async Task<NodeCredentials> LoadOrJoinAsync(CancellationToken ct)
    {
        if (server.Scheme != Uri.UriSchemeHttps)
        {
            throw new JoinException($"--server must be an https URL (the agent talks to the API server only over HTTPS), got {server}");
        }

        if (NodeCredentials.Load(agentDir, nodeName, token, time.GetUtcNow()) is { } stored)
        {
            return stored;
        }

        var serverCa = await FetchCaAsync(ct);
        using var http = new HttpClient(HttpHandlerFactory.Create(new ClientOptions { Server = server, CertificateAuthorityPem = serverCa }))
        {
            BaseAddress = server,
            Timeout = RequestTimeout,
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        http.DefaultRequestHeaders.Add(NodeJoinRoutes.NodeNameHeader, nodeName);
        http.DefaultRequestHeaders.Add(NodeJoinRoutes.NodeIpHeader, string.Join(',', nodeIps));
        http.DefaultRequestHeaders.UserAgent.ParseAdd(AgentHost.UserAgent);
        var clientCa = await GetAsync(http, NodeJoinRoutes.ClientCaPath, ct);
        var client = Split(await GetAsync(http, NodeJoinRoutes.ClientKubeletPath, ct));
        var serving = Split(await GetAsync(http, NodeJoinRoutes.ServingKubeletPath, ct));
        var credentials = new NodeCredentials(serverCa, clientCa, client, serving);
        credentials.Save(agentDir);
        return credentials;
    }

    /// <summary>The server CA as served, verified against the token's hash only (k3s's /cacerts check).</summary>
    private async Task<string> FetchCaAsync(CancellationToken ct)
    {
        using var http = new HttpClient(HttpHandlerFactory.Create(new ClientOptions { Server = server, InsecureSkipTlsVerify = true }))
        {
            BaseAddress = server,
            Timeout = RequestTimeout,
        };
        var bytes = await SendAsync(http, NodeJoinRoutes.CaCertsPath, async response => await response.Content.ReadAsByteArrayAsync(ct), ct);
        if (!token.Matches(bytes))
        {
            throw new JoinException($"the server's CA (sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}) is not the one the token names "
                + $"(sha256 {token.CaHash}); refusing to join {server}");
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private Task<string> GetAsync(HttpClient http, string path, CancellationToken ct) =>
        SendAsync(http, path, response => response.Content.ReadAsStringAsync(ct), ct);

    private async Task<T> SendAsync<T>(HttpClient http, string path, Func<HttpResponseMessage, Task<T>> read, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(path, ct);
        }
        catch (HttpRequestException e)
        {
            throw new JoinException($"cannot reach {new Uri(server, path)}: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new JoinException($"{new Uri(server, path)} did not answer within {RequestTimeout.TotalSeconds} s", e);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new JoinException($"the server rejected the join token (401 Unauthorized at {path}): pass the token in DATA_DIR/server/token of the server");
            }

            if (!response.IsSuccessStatusCode)
            {
                var body = (await response.Content.ReadAsStringAsync(ct)).Trim();
                throw new JoinException($"{path} answered {(int)response.StatusCode} {response.ReasonPhrase}: {body}");
            }

            return await read(response);
        }
    }

    /// <summary>A certificate followed by its key, as the join routes answer (k3s's format).</summary>
    private static PemPair Split(string pem)
    {
        var certificates = new StringBuilder();
        var key = "";
        var rest = pem.AsMemory();
        while (PemEncoding.TryFind(rest.Span, out var fields))
        {
            var block = rest[fields.Location].ToString() + "\n";
            var label = rest[fields.Label].Span;
            if (label.SequenceEqual("CERTIFICATE"))
            {
                certificates.Append(block);
            }
            else if (label.EndsWith("PRIVATE KEY", StringComparison.Ordinal))
            {
                key = block;
            }

            rest = rest[fields.Location.End..];
        }

        return certificates.Length > 0 && key.Length > 0
            ? new PemPair(certificates.ToString(), key)
            : throw new JoinException("the server's answer holds no certificate and key");
    }
}
