using System.Net.WebSockets;
using System.Text.Json;
using Dotkube.Kubelet.Cri.V1;
using Microsoft.AspNetCore.Http;

namespace Dotkube.Kubelet.Server;

public sealed partial class StreamingHandler
{
    /// <summary>
    /// GET/POST /attach/...: joins the container's own stdio through CRI Attach and containerd's
    /// streaming server, spoken to in v4.channel.k8s.io and relayed message by message in the
    /// client's protocol. As upstream, the TTY setting is the container's (it cannot change once
    /// started). v4 has no close signal, so a v5 client's stdin close is dropped.
    /// </summary>
    public async Task ServeAttachAsync(HttpContext http, IReadOnlyList<string> path)
    {
        if (await ResolveAsync(http, path) is not { } target)
            return;

        var spec = target.Pod.Spec.Containers.Concat(target.Pod.Spec.InitContainers ?? [])
            .FirstOrDefault(c => c.Name == target.ContainerName);
        var tty = spec?.Tty == true;
        var request = new AttachRequest
        {
            ContainerId = target.ContainerId,
            Stdin = target.Options.Stdin,
            Stdout = target.Options.Stdout,
            Stderr = target.Options.Stderr && !tty,
            Tty = tty,
        };

        string url;
        try
        {
            url = (await runtime.AttachAsync(request, http.RequestAborted)).Url;
        }
        catch (Grpc.RpcException e)
        {
            // streaming.WriteError: NotFound is 404, everything else 500, with the error's text.
            await KubeletServer.WriteTextAsync(http, e.StatusCode == Grpc.StatusCode.NotFound ? StatusCodes.Status404NotFound
                : StatusCodes.Status500InternalServerError, e.Message);
            return;
        }

        using var connection = await AcceptAsync(http, target);
        using var upstream = new ClientWebSocket();
        upstream.Options.AddSubProtocol(ChannelProtocol.V4);
        try
        {
            var builder = new UriBuilder(url) { Scheme = url.StartsWith("https", StringComparison.Ordinal) ? "wss" : "ws" };
            await upstream.ConnectAsync(builder.Uri, http.RequestAborted);
        }
        catch (Exception e) when (e is WebSocketException or HttpRequestException or UriFormatException)
        {
            LogAttachFailed(logger, target.ContainerId, target.Pod.Metadata.Namespace ?? "", target.Pod.Metadata.Name ?? "", e);
            await FinishAsync(connection, StreamStatus.Internal($"error attaching to container: {e.Message}"), Task.CompletedTask);
            return;
        }

        using var runtimeSide = new ChannelConnection(upstream, ChannelProtocol.Negotiate([ChannelProtocol.V4])!);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var toClient = RelayAsync(runtimeSide, connection, done.Token);
        var toRuntime = RelayAsync(connection, runtimeSide, done.Token);
        var first = await Task.WhenAny(toClient, toRuntime);
        LogAttachEnded(logger, target.ContainerId, first == toClient ? "the runtime" : "the client");
        // Close both sides before cancelling: a cancelled receive aborts a WebSocket without its close handshake.
        await connection.CloseAsync(CloseWait, time);
        await runtimeSide.CloseAsync(CloseWait, time);
        using (var wait = new CancellationTokenSource(CloseWait, time))
            await Task.WhenAll(toClient, toRuntime).WaitAsync(wait.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        await done.CancelAsync();
        await Task.WhenAll(toClient, toRuntime);
    }

    /// <summary>Copies messages from one side to the other, re-encoded; v5 close signals have no v4 equivalent and are dropped.</summary>
    private static async Task RelayAsync(ChannelConnection from, ChannelConnection to, CancellationToken ct)
    {
        while (await from.ReceiveAsync(ct) is var (channel, data))
        {
            if (channel == ChannelProtocol.Close)
                continue;
            if (channel == ChannelProtocol.Error && !to.Protocol.StatusJson)
            {
                // containerd writes a v4 Status; a pre-v4 client gets only a failure's message.
                data = ToPreV4(data);
                if (data.Length == 0)
                    continue;
            }

            await to.SendAsync(channel, data, ct);
        }
    }

    private static byte[] ToPreV4(byte[] statusJson)
    {
        try
        {
            using var status = JsonDocument.Parse(statusJson);
            var root = status.RootElement;
            return root.TryGetProperty("status", out var s) && s.GetString() == "Success" ? []
                : System.Text.Encoding.UTF8.GetBytes(root.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "");
        }
        catch (JsonException)
        {
            return statusJson;
        }
    }
}
