using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Dotkube.ApiServer.Kubelets;

/// <summary>
/// Joins a client's upgrade request (a WebSocket, or SPDY from a client falling back) to a kubelet's
/// streaming endpoint, as upstream's UpgradeAwareHandler: the kubelet is asked for the same upgrade,
/// its 101 is answered to the client with the kubelet's headers (the accepted key and the chosen
/// channel protocol), then bytes flow both ways until either side ends. Frames are never parsed, so
/// every protocol the kubelet and the client agree on passes through, v5's stdin close signal
/// included. A kubelet that refuses the upgrade has its answer relayed as it came.
/// </summary>
public static class KubeletUpgradeProxy
{
    // What the upgrade itself needs; credentials and everything else stay here (upstream drops the
    // Authorization header once the request is authenticated).
    private static readonly string[] ForwardedRequestHeaders =
        ["Upgrade", "Sec-WebSocket-Key", "Sec-WebSocket-Version", "Sec-WebSocket-Protocol", "Sec-WebSocket-Extensions", "X-Stream-Protocol-Version"];

    // Kestrel writes these itself when it answers the upgrade.
    private static readonly HashSet<string> OwnResponseHeaders =
        new(["Connection", "Date", "Server", "Content-Length", "Transfer-Encoding", "Keep-Alive"], StringComparer.OrdinalIgnoreCase);

    // As upstream, which gives the relay of a refusal ten seconds.
    private static readonly TimeSpan RefusalRelayTimeout = TimeSpan.FromSeconds(10);

    private const int BufferSize = 32 * 1024;

    /// <summary>Whether <paramref name="http"/> can be upgraded here: HTTP/1.1 with <c>Connection: Upgrade</c>.</summary>
    public static bool CanUpgrade(HttpContext http) => http.Features.Get<IHttpUpgradeFeature>() is { IsUpgradableRequest: true };

    /// <summary>
    /// Proxies the upgrade to <paramref name="location"/> and returns when the session ends.
    /// Throws <see cref="HttpRequestException"/> when the kubelet cannot be reached; the caller
    /// checked <see cref="CanUpgrade"/>.
    /// </summary>
    public static async Task ProxyAsync(HttpContext http, KubeletClient kubelets, Uri location, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(kubelets);
        var ct = http.RequestAborted;
        using var request = UpgradeRequest(http.Request, location);
        using var response = await kubelets.SendAsync(request, ct);
        if (response.StatusCode != HttpStatusCode.SwitchingProtocols)
        {
            await RelayRefusalAsync(http, response, time);
            return;
        }

        foreach (var (name, values) in response.Headers)
        {
            if (!OwnResponseHeaders.Contains(name))
                http.Response.Headers[name] = values.ToArray();
        }

        await using var kubelet = await response.Content.ReadAsStreamAsync(ct);
        await using var client = await http.Features.Get<IHttpUpgradeFeature>()!.UpgradeAsync();
        await PipeAsync(client, kubelet, ct);
    }

    /// <summary>The kubelet's side of the upgrade: the client's method and upgrade headers, over HTTP/1.1 only.</summary>
    internal static HttpRequestMessage UpgradeRequest(HttpRequest client, Uri location)
    {
        var request = new HttpRequestMessage(new HttpMethod(client.Method), location)
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Headers.TryAddWithoutValidation("Connection", "Upgrade");
        foreach (var name in ForwardedRequestHeaders)
        {
            if (client.Headers.TryGetValue(name, out var values))
                request.Headers.TryAddWithoutValidation(name, values.Select(v => v ?? ""));
        }

        return request;
    }

    /// <summary>As upstream, the refusal goes back as the kubelet wrote it: its code, content type and body.</summary>
    private static async Task RelayRefusalAsync(HttpContext http, HttpResponseMessage response, TimeProvider time)
    {
        http.Response.StatusCode = (int)response.StatusCode;
        if (response.Content.Headers.ContentType is { } type)
            http.Response.ContentType = type.ToString();
        using var deadline = new CancellationTokenSource(RefusalRelayTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, http.RequestAborted);
        try
        {
            await response.Content.CopyToAsync(http.Response.Body, linked.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            // A kubelet that keeps talking, or goes away mid-answer, gets what it said so far.
        }
    }

    /// <summary>Both directions at once; when either ends, the other is stopped, as upstream's handler closes both connections.</summary>
    private static async Task PipeAsync(Stream client, Stream kubelet, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var up = CopyAsync(client, kubelet, stop.Token);
        var down = CopyAsync(kubelet, client, stop.Token);
        await Task.WhenAny(up, down);
        await stop.CancelAsync();
        await Task.WhenAll(up, down);
    }

    /// <summary>Copies until the source ends, either side fails or <paramref name="ct"/> stops it; each read is written and flushed at once.</summary>
    private static async Task CopyAsync(Stream from, Stream to, CancellationToken ct)
    {
        var buffer = new byte[BufferSize];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, ct)) > 0)
            {
                await to.WriteAsync(buffer.AsMemory(0, read), ct);
                await to.FlushAsync(ct);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or HttpRequestException)
        {
            // The session is over: one side closed or broke.
        }
    }
}
