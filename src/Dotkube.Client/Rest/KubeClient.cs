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
    private readonly TimeProvider _time;

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
        _time = time ?? TimeProvider.System;
        _token = new BearerTokenSource(options.BearerToken, options.BearerTokenFile, _time);
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
        // The body outlives each request message (disposing a message disposes its content) so a retry can send it again.
        using var body = content;
        for (var retries = 0; ; retries++)
        {
            var response = await SendOnceAsync(method, pathAndQuery, body, streaming, accept, ct);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                if (retries < MaxRetries && RetryAfter(response) is { } wait && body is null or ByteArrayContent)
                {
                    await Task.Delay(wait, _time, ct);
                    continue;
                }

                throw await ApiStatusException.FromResponseAsync(response, ct);
            }
        }
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, string pathAndQuery, HttpContent? content, bool streaming,
        string? accept, CancellationToken ct)
    {
        // Not disposed: that would dispose the content, which SendAsync owns and may send again.
#pragma warning disable CA2000
        var request = new HttpRequestMessage(method, pathAndQuery)
#pragma warning restore CA2000
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

        return _http.SendAsync(request, streaming ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead, ct);
    }

    /// <summary>As client-go: a request answered 429 or 5xx with Retry-After is sent again after that wait, at most this many times.</summary>
    private const int MaxRetries = 10;

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status != 429 && status is < 500 or > 599)
        {
            return null;
        }

        // client-go reads whole seconds only; a date or a garbled header means no retry.
        return response.Headers.TryGetValues("Retry-After", out var values)
            && int.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
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
