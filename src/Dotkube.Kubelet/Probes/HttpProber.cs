using System.Net;
using System.Net.Sockets;
using System.Text;
using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Probes;

/// <summary>
/// httpGet probes, as upstream's http prober: a GET with User-Agent kube-probe/1.32 and Accept */*
/// unless the probe's headers say otherwise, no keep-alive, no proxy, HTTPS without certificate
/// verification. A status from 200 to 399 is success. Redirects are followed only to the same
/// host (at most 10 hops); a redirect to another host ends the probe as a success with a warning
/// ("Probe terminated redirects"). At most 10 KiB of the body is read. Transport errors and
/// timeouts are failures with Go's error text.
/// </summary>
public sealed class HttpProber : IDisposable
{
    /// <summary>As upstream's kube-probe/&lt;major&gt;.&lt;minor&gt; of the kubelet version we follow.</summary>
    public const string UserAgent = "kube-probe/1.32";

    /// <summary>As upstream's maxRespBodyLength.</summary>
    public const int MaxBodyBytes = 10 * 1024;

    private const int MaxRedirects = 10;

    private readonly HttpClient _client;
    private readonly TimeProvider _time;
    private readonly string _userAgent;

    /// <param name="time">Clock of the timeouts.</param>
    /// <param name="userAgent">Sent unless the headers name one: probes send kube-probe, lifecycle hooks kube-lifecycle.</param>
    public HttpProber(TimeProvider time, string userAgent = UserAgent)
    {
        _time = time;
        _userAgent = userAgent;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            // Probes check the container, not its certificate, as upstream's InsecureSkipVerify.
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>
    /// The probe's URL, as upstream's formatURL: scheme (lower-cased, http by default), host (the
    /// pod IP unless set), port and path (which may carry a query). Null if it does not parse.
    /// </summary>
    public static Uri? Url(string? scheme, string host, int port, string? path)
    {
        var lower = string.IsNullOrEmpty(scheme) ? "http" : scheme.ToLowerInvariant();
        path ??= "";
        if (path.Length > 0 && path[0] != '/')
            path = "/" + path;
        return Uri.TryCreate($"{lower}://{TcpProber.HostPort(host, port)}{path}", UriKind.Absolute, out var url) ? url : null;
    }

    public Task<ProbeOutcome> ProbeAsync(Uri url, IReadOnlyList<HTTPHeader> headers, TimeSpan timeout, CancellationToken ct) =>
        GetAsync(url, headers, timeout, ProbeVerdict, ct);

    /// <summary>
    /// The GET with the probe's rules; <paramref name="verdict"/> judges the final status code and
    /// body (lifecycle hooks take any answer as success, probes only 200 to 399).
    /// </summary>
    public async Task<ProbeOutcome> GetAsync(Uri url, IReadOnlyList<HTTPHeader> headers, TimeSpan timeout,
        Func<int, string, ProbeOutcome> verdict, CancellationToken ct)
    {
        using var deadline = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        var current = url;
        for (var hops = 1; ; hops++)
        {
            HttpResponseMessage response;
            try
            {
                using var request = Request(current, headers);
                response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            }
            catch (HttpRequestException e)
            {
                return ProbeOutcome.Failure($"Get \"{current}\": {TransportError(e, current)}");
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                return ProbeOutcome.Failure($"Get \"{current}\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)");
            }

            using (response)
            {
                var code = (int)response.StatusCode;
                if (IsFollowed(code) && response.Headers.Location is { } location && new Uri(current, location) is var next
                    && next.Host == url.Host)
                {
                    if (hops >= MaxRedirects)
                        return ProbeOutcome.Failure($"Get \"{next}\": stopped after {MaxRedirects} redirects");
                    current = next;
                    continue;
                }

                string body;
                try
                {
                    body = await ReadAtMostAsync(response, linked.Token);
                }
                catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException && !ct.IsCancellationRequested)
                {
                    return ProbeOutcome.Error(e.Message);
                }

                return verdict(code, body);
            }
        }
    }

    private static ProbeOutcome ProbeVerdict(int code, string body)
    {
        if (code is >= 200 and < 400)
            return code >= 300 ? ProbeOutcome.Warning($"Probe terminated redirects, Response body: {body}") : ProbeOutcome.Success(body);
        return ProbeOutcome.Failure($"HTTP probe failed with statuscode: {code}");
    }

    public void Dispose() => _client.Dispose();

    /// <summary>The codes Go's client follows.</summary>
    private static bool IsFollowed(int code) => code is 301 or 302 or 303 or 307 or 308;

    private HttpRequestMessage Request(Uri url, IReadOnlyList<HTTPHeader> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        // As upstream's DisableKeepAlives: a probe never keeps a connection in the pod.
        request.Headers.ConnectionClose = true;
        foreach (var header in headers)
        {
            if (string.Equals(header.Name, "Host", StringComparison.OrdinalIgnoreCase))
                request.Headers.Host = header.Value;
            else
                request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        }

        if (!headers.Any(h => string.Equals(h.Name, "User-Agent", StringComparison.OrdinalIgnoreCase)))
            request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        var accept = headers.Where(h => string.Equals(h.Name, "Accept", StringComparison.OrdinalIgnoreCase)).ToList();
        if (accept.Count == 0)
            request.Headers.TryAddWithoutValidation("Accept", "*/*");
        else if (accept.All(h => h.Value.Length == 0))
            request.Headers.Remove("Accept"); // as upstream: an empty Accept header means none at all
        return request;
    }

    private static async Task<string> ReadAtMostAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[MaxBodyBytes];
        var read = 0;
        while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), ct) is var n and > 0)
            read += n;
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static string TransportError(HttpRequestException e, Uri url) => e.InnerException switch
    {
        SocketException socket => $"dial tcp {TcpProber.HostPort(url.Host.Trim('[', ']'), url.Port)}: {TcpProber.DialError(socket)}",
        _ => e.Message,
    };
}
