using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using Dotkube.ApiServer.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Logging;

namespace Dotkube.ApiServer.Tests.Exec;

/// <summary>
/// A kubelet's /exec and /attach as the API server's proxy meets them: HTTPS that only lets the
/// API server's kubelet-client certificate in, WebSockets choosing v5.channel.k8s.io over
/// v4.channel.k8s.io, and the channel protocol (first byte 0 stdin, 1 stdout, 2 stderr, 3 the
/// final Status, 255 v5's close of a stream). The "commands" are scripts, not processes:
/// <c>sh -c "exit N"</c> fails with upstream's NonZeroExitCode Status, <c>streams</c> writes to
/// stdout and stderr, <c>cat</c> echoes stdin once v5 says it is closed; attach writes one line.
/// A pod named "gone" is refused before the upgrade, as a kubelet that does not know it.
/// </summary>
public sealed class StandInKubelet : IAsyncDisposable
{
    public const string V5 = "v5.channel.k8s.io";
    public const string V4 = "v4.channel.k8s.io";
    public const string GonePod = "gone";

    private const byte Stdin = 0, Stdout = 1, Stderr = 2, Error = 3, Close = 255;
    private const string Success = """{"metadata":{},"status":"Success"}""";

    private readonly WebApplication _app;

    private StandInKubelet(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Every request that reached it, in order.</summary>
    public ConcurrentQueue<SeenRequest> Seen { get; } = new();

    public static async Task<StandInKubelet> StartAsync(ClusterPki pki)
    {
        var serving = pki.LoadOrIssueServingCertificate("serving-stand-in-kubelet", "stand-in", new ServingNames(["localhost"], [IPAddress.Loopback]));
        var certificate = serving.ToCertificate();
        var apiServer = pki.KubeletClient.ToCertificate().Thumbprint;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
        {
            https.ServerCertificate = certificate;
            https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
            https.ClientCertificateValidation = (presented, _, _) => presented.Thumbprint == apiServer;
        })));
        var app = builder.Build();
        app.UseWebSockets();
        StandInKubelet? kubelet = null;
        app.Run(http => kubelet!.ServeAsync(http));
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;
        kubelet = new StandInKubelet(app, port);
        return kubelet;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext http)
    {
        var offered = http.WebSockets.WebSocketRequestedProtocols;
        var parts = (http.Request.Path.Value ?? "").Trim('/').Split('/');
        var seen = new SeenRequest(http.Request.Method, http.Request.Path.Value ?? "", http.Request.QueryString.Value ?? "", string.Join(", ", offered));
        Seen.Enqueue(seen);
        if (parts is not [("exec" or "attach") and var endpoint, _, var pod, _])
        {
            http.Response.StatusCode = 404;
            return;
        }

        if (pod == GonePod)
        {
            http.Response.StatusCode = 404;
            await http.Response.WriteAsync("pod does not exist");
            return;
        }

        var protocol = new[] { V5, V4 }.FirstOrDefault(offered.Contains);
        if (!http.WebSockets.IsWebSocketRequest || protocol is null)
        {
            http.Response.StatusCode = 400;
            await http.Response.WriteAsync("this stand-in speaks v5 and v4 channel WebSockets only");
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync(protocol);
        seen.Protocol = protocol;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        // As the kubelet: an empty write on the first output channel tells the client the streams are up.
        await SendAsync(socket, Stdout, "", timeout.Token);
        string[] command = http.Request.Query["command"]!;
        var status = endpoint == "attach" ? await AttachAsync(socket, timeout.Token) : await RunAsync(socket, command, seen, timeout.Token);
        await SendAsync(socket, Error, status, timeout.Token);
        // As upstream's kubelet: the close frame, then the connection ends without waiting for the
        // client's reply. The Python client needs that: it polls the socket, so frames already
        // decrypted into its TLS buffer wait until the connection's end wakes it.
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
    }

    private static async Task<string> AttachAsync(WebSocket socket, CancellationToken ct)
    {
        await SendAsync(socket, Stdout, "attached\n", ct);
        return Success;
    }

    private static async Task<string> RunAsync(WebSocket socket, string[] command, SeenRequest seen, CancellationToken ct)
    {
        switch (command)
        {
            case ["sh", "-c", var script] when script.StartsWith("exit ", StringComparison.Ordinal):
                return NonZeroExit(command, int.Parse(script["exit ".Length..], System.Globalization.CultureInfo.InvariantCulture));
            case ["streams"]:
                await SendAsync(socket, Stdout, "to stdout\n", ct);
                await SendAsync(socket, Stderr, "to stderr\n", ct);
                return Success;
            case ["cat"]:
                var input = await ReadStdinAsync(socket, ct);
                seen.StdinClosed = true;
                await SendAsync(socket, Stdout, input, ct);
                return Success;
            default:
                await SendAsync(socket, Stderr, $"{string.Join(" ", command)}: not found\n", ct);
                return NonZeroExit(command, 127);
        }
    }

    /// <summary>Upstream's Status for a command that exited non-zero: the code in the one cause's message.</summary>
    private static string NonZeroExit(string[] command, int code) =>
        $$$"""{"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: error executing command [{{{string.Join(" ", command)}}}], exit code {{{code}}}","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"{{{code}}}"}]}}""";

    /// <summary>Stdin's bytes until v5's close signal for stream 0.</summary>
    private static async Task<string> ReadStdinAsync(WebSocket socket, CancellationToken ct)
    {
        var input = new MemoryStream();
        while (true)
        {
            var message = await ReceiveAsync(socket, ct);
            if (message is null)
                throw new InvalidOperationException("the connection ended before stdin was closed");
            if (message is [Close, Stdin])
                return Encoding.UTF8.GetString(input.ToArray());
            if (message is [Stdin, ..])
                input.Write(message.AsSpan(1));
        }
    }

    private static async Task<byte[]?> ReceiveAsync(WebSocket socket, CancellationToken ct)
    {
        var message = new MemoryStream();
        var buffer = new byte[4096];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, ct);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return message.ToArray();
        }
    }

    private static Task SendAsync(WebSocket socket, byte channel, string text, CancellationToken ct) =>
        socket.SendAsync((byte[])[channel, .. Encoding.UTF8.GetBytes(text)], WebSocketMessageType.Binary, endOfMessage: true, ct);
}

/// <summary>One request the stand-in kubelet served: what it was asked, which protocol it chose, whether stdin was closed.</summary>
public sealed class SeenRequest(string method, string path, string query, string offeredProtocols)
{
    public string Method { get; } = method;

    public string Path { get; } = path;

    public string Query { get; } = query;

    public string OfferedProtocols { get; } = offeredProtocols;

    public string? Protocol { get; set; }

    public bool StdinClosed { get; set; }
}
