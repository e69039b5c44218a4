using System.Buffers;
using System.Net.WebSockets;

namespace Dotkube.Kubelet.Server;

/// <summary>
/// An accepted exec/attach WebSocket speaking one <see cref="ChannelProtocol"/>: sends are
/// serialized (stdout, stderr and the status come from different tasks), receives yield whole
/// decoded messages. A client that is gone makes sends no-ops and receives end.
/// </summary>
internal sealed class ChannelConnection(WebSocket socket, ChannelProtocol protocol) : IDisposable
{
    private readonly SemaphoreSlim _sending = new(1, 1);

    public ChannelProtocol Protocol => protocol;

    public async Task SendAsync(byte channel, ReadOnlyMemory<byte> data, CancellationToken ct)
    {
        var (message, type) = protocol.Encode(channel, data.Span);
        await _sending.WaitAsync(ct);
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.SendAsync(message, type, endOfMessage: true, ct);
        }
        catch (WebSocketException)
        {
            // The client went away; the receive side notices and ends the session.
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>The next channel message; null when the client closed the connection or it broke.</summary>
    public async Task<(byte Channel, byte[] Data)?> ReceiveAsync(CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(), ct);
                    if (result.MessageType == WebSocketMessageType.Close)
                        return null;
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (protocol.TryDecode(message.GetBuffer().AsSpan(0, (int)message.Length), out var channel, out var data))
                    return (channel, data);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or FormatException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Ends the connection from our side: a normal close, then the client's answer or <paramref name="wait"/>.</summary>
    public async Task CloseAsync(TimeSpan wait, TimeProvider time)
    {
        using var timeout = new CancellationTokenSource(wait, time);
        try
        {
            await _sending.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            // Later sends see a closed socket and do nothing.
            // CloseReceived: the client said goodbye first and waits for our answer.
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Nobody to say goodbye to.
        }
        finally
        {
            _sending.Release();
        }
    }

    public void Dispose() => _sending.Dispose();
}
