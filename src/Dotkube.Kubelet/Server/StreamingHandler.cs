using Dotkube.Api.Core.V1;
using Dotkube.Kubelet.Containerd;
using Dotkube.Kubelet.Cri;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Server;

/// <summary>
/// <c>/exec/{namespace}/{pod}[/{uid}]/{container}</c> and <c>/attach/...</c>, as upstream's kubelet
/// serves them, over a WebSocket the kubelet accepts itself (the API server relays the client's
/// upgrade byte for byte). Everything checked before the upgrade is an HTTP error in the kubelet's
/// words (400 no streams, 404 no pod, 500 container not running); what happens after it (the
/// command cannot start, it exits) goes on the error channel. Exec runs through containerd's tasks
/// API (<see cref="ExecSession"/>); attach relays containerd's CRI streaming server.
/// </summary>
public sealed partial class StreamingHandler(Func<string, string, Pod?> findPod, RuntimeServiceClient runtime, ContainerdTasksClient tasks,
    string fifoRoot, TimeProvider time, ILogger logger)
{
    /// <summary>How long a client gets to answer our close before the connection is dropped.</summary>
    private static readonly TimeSpan CloseWait = TimeSpan.FromSeconds(5);

    /// <summary>What a request names and asks for, once it has passed the checks done before the upgrade.</summary>
    private sealed record Target(Pod Pod, string ContainerName, string ContainerId, StreamOptions Options, ChannelProtocol Protocol);

    /// <summary>Checks the request and answers HTTP errors; null when it has been answered.</summary>
    private async Task<Target?> ResolveAsync(HttpContext http, IReadOnlyList<string> path)
    {
        // {namespace}/{pod}/{container} or upstream's {namespace}/{pod}/{uid}/{container}.
        var (ns, podName, uid, container) = path switch
        {
            [var n, var p, var c] => (n, p, null, c),
            [var n, var p, var u, var c] => (n, p, u, c),
            _ => ("", "", null, ""),
        };
        if (podName.Length == 0 || container.Length == 0)
        {
            await KubeletServer.WriteTextAsync(http, StatusCodes.Status404NotFound, "404 page not found\n");
            return null;
        }

        if (StreamOptions.From(http.Request.Query) is not { } options)
        {
            await KubeletServer.WriteTextAsync(http, StatusCodes.Status400BadRequest, StreamOptions.NoStreams);
            return null;
        }

        var pod = findPod(ns, podName);
        if (pod is null || (uid is not null && pod.Metadata.Uid != uid))
        {
            await KubeletServer.WriteTextAsync(http, StatusCodes.Status404NotFound, "pod does not exist");
            return null;
        }

        // Only a running container can take a process or be attached to, as the kubelet's findContainer.
        if (RunningContainerId(pod.Status, container) is not { } id)
        {
            await KubeletServer.WriteTextAsync(http, StatusCodes.Status500InternalServerError, $"container not found (\"{container}\")");
            return null;
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            // Upstream also serves SPDY; kubectl 1.30+ tries WebSocket first and only falls back on an upgrade failure.
            await KubeletServer.WriteTextAsync(http, StatusCodes.Status400BadRequest,
                "exec and attach need a WebSocket upgrade (channel.k8s.io subprotocols); SPDY is not supported");
            return null;
        }

        if (ChannelProtocol.Negotiate(http.WebSockets.WebSocketRequestedProtocols) is not { } protocol)
        {
            // x/net/websocket refuses a failed handshake with 403.
            await KubeletServer.WriteTextAsync(http, StatusCodes.Status403Forbidden,
                $"requested protocol(s) are not supported: [{string.Join(" ", http.WebSockets.WebSocketRequestedProtocols)}]; supports [{string.Join(" ", ChannelProtocol.Names)}]");
            return null;
        }

        return new Target(pod, container, id, options, protocol);
    }

    private static async Task<ChannelConnection> AcceptAsync(HttpContext http, Target target)
    {
        var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = target.Protocol.Name.Length > 0 ? target.Protocol.Name : null,
        });
        return new ChannelConnection(socket, target.Protocol);
    }

    /// <summary>The CRI id of <paramref name="name"/>'s running instance ("containerd://ID" in the status), if it runs.</summary>
    internal static string? RunningContainerId(PodStatus status, string name) =>
        (status.ContainerStatuses ?? []).Concat(status.InitContainerStatuses ?? []).Concat(status.EphemeralContainerStatuses ?? [])
            .FirstOrDefault(s => s.Name == name && s.State.Running is not null && !string.IsNullOrEmpty(s.ContainerID))
            ?.ContainerID is { } id
            ? id[(id.IndexOf("://", StringComparison.Ordinal) is var at and >= 0 ? at + 3 : 0)..]
            : null;

    /// <summary>Ends a session: the status on the error channel (if the protocol writes one), then a normal close.</summary>
    private async Task FinishAsync(ChannelConnection connection, StreamStatus status, Task receiving)
    {
        if (status.Encode(connection.Protocol) is { } bytes)
            await connection.SendAsync(ChannelProtocol.Error, bytes, CancellationToken.None);
        await connection.CloseAsync(CloseWait, time);
        using var wait = new CancellationTokenSource(CloseWait, time);
        await receiving.WaitAsync(wait.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
