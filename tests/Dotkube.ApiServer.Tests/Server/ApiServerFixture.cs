using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Storage;
using Dotkube.Testing;

namespace Dotkube.ApiServer.Tests.Server;

/// <summary>
/// A real API server for tests: HTTPS on a free loopback port, SQLite in a temp dir, the admin
/// kubeconfig written beside it; <see cref="Client"/> authenticates with the admin certificate.
/// </summary>
public sealed class ApiServerFixture : IAsyncLifetime
{
    private InProcessCluster _cluster = null!;

    public ApiServer Server => _cluster.Server;

    /// <summary>The store behind the server, for tests that need to compact or inspect it.</summary>
    public IKeyValueStore Store => _cluster.Store;

    public HttpClient Client { get; private set; } = null!;

    public string KubeconfigPath => _cluster.KubeconfigPath;

    public string DataDir => _cluster.DataDir;

    public Uri BaseAddress => _cluster.BaseAddress;

    public async Task InitializeAsync()
    {
        _cluster = await InProcessCluster.StartAsync();
        Client = NewClient(_cluster.AdminCertificate());
    }

    /// <summary>A client trusting the cluster CA; with a certificate it is that user, without one anonymous.</summary>
    public HttpClient NewClient(X509Certificate2? certificate = null) => _cluster.NewHttpClient(certificate);

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
        await _cluster.DisposeAsync();
    }

    /// <summary>One HTTP answer: status code, body, headers; <see cref="Json"/> parses the body.</summary>
    public sealed record Response(int Code, string Body, IReadOnlyDictionary<string, string> Headers)
    {
        public JsonNode Json => JsonNode.Parse(Body)!;

        public string? Reason => Json["reason"]?.GetValue<string>();

        public override string ToString() => $"{Code} {Body}";
    }
}
