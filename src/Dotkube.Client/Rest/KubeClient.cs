using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;

namespace Dotkube.Client.Rest;

/// <summary>
/// A typed REST client for every kind in <see cref="Dotkube.Api.Schema.Scheme.Default"/>, over one
/// HttpClient: HTTP/2 when the server offers it (falling back to HTTP/1.1), JSON bodies, the
/// credentials of <see cref="ClientOptions"/>. Thread-safe; share one per process as client-go's
/// clientset. Non-2xx answers throw <see cref="ApiStatusException"/>.
/// </summary>
/// <remarks>
/// Namespaces: list and watch take null for all namespaces (client-go's NamespaceAll); single-object
/// calls on a namespaced kind need one; objects sent without metadata.namespace go to
/// <see cref="DefaultNamespace"/>, as kubectl create does.
/// </remarks>
public sealed partial class KubeClient : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private readonly HttpClient _http;
    private readonly BearerTokenSource _token;

    public KubeClient(ClientOptions options, TimeProvider? time = null)
        : this(options, HttpHandlerFactory.Create(options), time)
    {
    }

    /// <summary>Over a caller's handler, for tests and custom transports; TLS options are then the handler's business.</summary>
    public KubeClient(ClientOptions options, HttpMessageHandler handler, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(handler);
        Options = options;
        _token = new BearerTokenSource(options.BearerToken, options.BearerTokenFile, time ?? TimeProvider.System);
        // HttpClient.Timeout bounds a request until its headers arrive when streaming, so it never cuts a watch short.
        _http = new HttpClient(handler) { BaseAddress = options.Server, Timeout = options.Timeout };
        _http.DefaultRequestHeaders.UserAgent.TryParseAdd(options.UserAgent);
        _http.DefaultRequestHeaders.Accept.Add(Json);
    }

    public ClientOptions Options { get; }

    /// <summary>The kubeconfig context's or service account's namespace, else "default".</summary>
    public string DefaultNamespace => Options.Namespace ?? "default";

    /// <summary>A client for one kind, e.g. <c>client.Resource&lt;Pod&gt;().InNamespace("default").GetAsync("web")</c>.</summary>
    public ResourceClient<T> Resource<T>()
        where T : KubeObject => new(this, null);

    public void Dispose() => _http.Dispose();

    /// <summary>
    /// Sends a request and returns the 2xx response, which the caller disposes; other answers throw.
    /// <paramref name="accept"/> replaces the default application/json (the metadata client asks for PartialObjectMetadata).
    /// </summary>
    internal async Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathAndQuery, HttpContent? content, bool streaming,
        CancellationToken ct, string? accept = null)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
            Content = content,
        };
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        if (_token.Current() is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await _http.SendAsync(request, streaming ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await ApiStatusException.FromResponseAsync(response, ct);
            }
        }

        return response;
    }

    internal async Task<TResult> SendAsync<TResult>(HttpMethod method, string pathAndQuery, HttpContent? content, CancellationToken ct,
        string? accept = null)
    {
        using var response = await SendAsync(method, pathAndQuery, content, streaming: false, ct, accept);
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        return await JsonSerializer.DeserializeAsync(body, KubeJson.TypeInfo<TResult>(), ct)
            ?? throw new JsonException($"{method} {pathAndQuery} answered null");
    }

    internal static ByteArrayContent Body(TypeMeta value) => Body(KubeJson.SerializeObject(value), "application/json");

    internal static ByteArrayContent Body(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    /// <summary>Where an object goes: the caller's namespace, else its own, else <see cref="DefaultNamespace"/>.</summary>
    private string NamespaceOf(KubeObject obj, string? ns = null) =>
        !string.IsNullOrEmpty(ns) ? ns : !string.IsNullOrEmpty(obj.Metadata.Namespace) ? obj.Metadata.Namespace : DefaultNamespace;
}
