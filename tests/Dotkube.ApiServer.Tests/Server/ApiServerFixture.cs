using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Storage;
using Dotkube.Storage.Sqlite;
using Microsoft.Extensions.Logging;

namespace Dotkube.ApiServer.Tests.Server;

/// <summary>
/// A real API server for tests: HTTPS on a free loopback port, SQLite in a temp dir, the admin
/// kubeconfig written beside it; <see cref="Client"/> authenticates with the admin certificate.
/// </summary>
public sealed class ApiServerFixture : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dotkube-apiserver-" + Guid.NewGuid().ToString("N"));
    private IKeyValueStore? _store;

    public ApiServer Server { get; private set; } = null!;

    /// <summary>The store behind the server, for tests that need to compact or inspect it.</summary>
    public IKeyValueStore Store => _store!;

    public HttpClient Client { get; private set; } = null!;

    public string KubeconfigPath => Path.Combine(_dir, "admin.kubeconfig");

    public string DataDir => Path.Combine(_dir, "data");

    public Uri BaseAddress => new($"https://127.0.0.1:{Server.Port}");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        var options = new ApiServerOptions
        {
            DataDir = DataDir,
            BindAddress = IPAddress.Loopback,
            HttpsListenPort = 0,
            WriteKubeconfig = KubeconfigPath,
            NodeName = "test-node",
        };
        _store = await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(_dir, "state.db") });
        Server = await ApiServer.StartAsync(options, _store, TimeProvider.System, l => l.ClearProviders(), CancellationToken.None,
            bookmarkInterval: TimeSpan.FromMilliseconds(500));
        Client = NewClient(Server.Pki.Admin.ToCertificate());
    }

    /// <summary>A client trusting the cluster CA; with a certificate it is that user, without one anonymous.</summary>
    public HttpClient NewClient(X509Certificate2? certificate = null)
    {
        var ca = Server.Pki.ServerCa;
        var handler = new SocketsHttpHandler
        {
            SslOptions =
            {
                ClientCertificates = certificate is null ? null : new X509CertificateCollection { certificate },
                RemoteCertificateValidationCallback = (_, cert, _, _) =>
                {
                    if (cert is null)
                    {
                        return false;
                    }

                    using var chain = new X509Chain();
                    chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                    chain.ChainPolicy.CustomTrustStore.Add(ca);
                    chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                    return chain.Build(new X509Certificate2(cert));
                },
            },
            EnableMultipleHttp2Connections = true,
        };
        return new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Task<Response> GetAsync(string path, string? accept = null) => SendAsync(HttpMethod.Get, path, null, null, accept);

    public Task<Response> PostAsync(string path, string body, string contentType = "application/json") =>
        SendAsync(HttpMethod.Post, path, body, contentType);

    public Task<Response> PutAsync(string path, string body, string contentType = "application/json") =>
        SendAsync(HttpMethod.Put, path, body, contentType);

    public Task<Response> PatchAsync(string path, string body, string contentType) => SendAsync(HttpMethod.Patch, path, body, contentType);

    public Task<Response> DeleteAsync(string path, string? body = null) => SendAsync(HttpMethod.Delete, path, body, "application/json");

    public async Task<Response> SendAsync(HttpMethod method, string path, string? body, string? contentType, string? accept = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType ?? "application/json");
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Response((int)response.StatusCode, text, response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase));
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>One HTTP answer: status code, body, headers; <see cref="Json"/> parses the body.</summary>
    public sealed record Response(int Code, string Body, IReadOnlyDictionary<string, string> Headers)
    {
        public JsonNode Json => JsonNode.Parse(Body)!;

        public string? Reason => Json["reason"]?.GetValue<string>();

        public override string ToString() => $"{Code} {Body}";
    }
}
