using System.Text.Json;
using Dotkube.Kubelet.Containerd;
using Microsoft.AspNetCore.Http;

namespace Dotkube.Kubelet.Server;

public sealed partial class StreamingHandler
{
    /// <summary>GET/POST /exec/...?command=..: runs the command and streams its stdio until it exits and its output is drained.</summary>
    public async Task ServeExecAsync(HttpContext http, IReadOnlyList<string> path)
    {
        if (await ResolveAsync(http, path) is not { } target)
            return;

        var command = http.Request.Query["command"].Where(arg => arg is not null).Select(arg => arg!).ToList();
        using var connection = await AcceptAsync(http, target);
        await connection.SendAsync(FirstWritable(target.Options), ReadOnlyMemory<byte>.Empty, http.RequestAborted);

        ExecSession session;
        try
        {
            session = await ExecSession.StartAsync(tasks, target.ContainerId, command, target.Options.Tty, target.Options.Stdin, fifoRoot,
                http.RequestAborted);
        }
        catch (Exception e) when (e is Grpc.RpcException or IOException or InvalidOperationException or JsonException)
        {
            LogExecFailed(logger, target.ContainerId, target.Pod.Metadata.Namespace ?? "", target.Pod.Metadata.Name ?? "", e);
            var detail = e is Grpc.RpcException rpc ? rpc.Detail : e.Message;
            await FinishAsync(connection, StreamStatus.Internal($"error executing command in container: failed to exec in container: {detail}"),
                Task.CompletedTask);
            return;
        }

        await using (session)
        {
            var output = Task.WhenAll(
                PumpAsync(session.Stdout, target.Options.Stdout ? ChannelProtocol.Stdout : null, connection),
                session.Stderr is { } stderr ? PumpAsync(stderr, target.Options.Stderr ? ChannelProtocol.Stderr : null, connection) : Task.CompletedTask);
            var exited = output.ContinueWith(_ => session.Exit, TaskScheduler.Default).Unwrap();
            var receiving = ReceiveAsync(connection, session, http.RequestAborted);
            if (await Task.WhenAny(exited, receiving) != exited)
            {
                // The client went away first: dispose kills the process, as containerd's CRI exec does on a cancelled stream.
                await connection.CloseAsync(CloseWait, time);
                return;
            }

            int code;
            try
            {
                code = await exited;
            }
            catch (Grpc.RpcException e)
            {
                await FinishAsync(connection, StreamStatus.Internal($"error executing command in container: {e.Detail}"), receiving);
                return;
            }

            // containerd's CRI words a non-zero exit so; the kubelet puts it behind its own prefix.
            var status = code == 0 ? StreamStatus.Succeeded
                : StreamStatus.NonZeroExit(code, $"error executing command [{string.Join(" ", command)}], exit code {code}");
            await FinishAsync(connection, status, receiving);
        }
    }

    /// <summary>The channel the kubelet writes its first, empty message on, so the client knows the session is up.</summary>
    private static byte FirstWritable(StreamOptions options) =>
        options.Stdout ? ChannelProtocol.Stdout : options.Stderr ? ChannelProtocol.Stderr : ChannelProtocol.Error;

    /// <summary>Copies a process output to <paramref name="channel"/> (or drops it when the client did not ask) until end-of-file.</summary>
    private static async Task PumpAsync(Task<FileStream> opening, byte? channel, ChannelConnection connection)
    {
        var stream = await opening;
        var buffer = new byte[32 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                if (channel is { } c)
                    await connection.SendAsync(c, buffer.AsMemory(0, read), CancellationToken.None);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The session is being torn down.
        }
    }

    /// <summary>Feeds stdin and resizes from the client until it closes the connection.</summary>
    private static async Task ReceiveAsync(ChannelConnection connection, ExecSession session, CancellationToken ct)
    {
        while (await connection.ReceiveAsync(ct) is var (channel, data))
        {
            try
            {
                switch (channel)
                {
                    case ChannelProtocol.Stdin when session.Stdin is { } stdin && data.Length > 0:
                        await (await stdin).WriteAsync(data, ct);
                        break;
                    case ChannelProtocol.Close when connection.Protocol.CloseSignal && data is [ChannelProtocol.Stdin]:
                        await session.CloseStdinAsync(ct);
                        break;
                    case ChannelProtocol.Resize when session.Tty:
                        foreach (var (width, height) in TerminalSizes(data))
                            await session.ResizeAsync(width, height, ct);
                        break;
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or Grpc.RpcException or JsonException)
            {
                // Stdin closed or the process gone: the exit is on its way.
            }
        }
    }

    /// <summary>The {"Width":..,"Height":..} objects in one resize message (a JSON stream, as the kubelet decodes it).</summary>
    internal static IEnumerable<(uint Width, uint Height)> TerminalSizes(byte[] data)
    {
        var sizes = new List<(uint, uint)>();
        var reader = new Utf8JsonReader(data, new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            using var size = JsonDocument.ParseValue(ref reader);
            uint Get(string name) => size.RootElement.TryGetProperty(name, out var value) ? value.GetUInt32() : 0;
            sizes.Add((Get("Width"), Get("Height")));
        }

        return sizes;
    }
}
