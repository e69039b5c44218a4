using System.Net;
using System.Net.Sockets;
using Dotkube.Dns.Forwarding;
using Dotkube.Dns.Protocol;

namespace Dotkube.Dns;

public sealed partial class DnsServer
{
    /// <summary>
    /// One of several readers of the UDP socket. Cluster answers are computed inline (no task per
    /// query: the fast path costs one parse and one write); a forwarded query continues on its
    /// own while the reader goes back to the socket.
    /// </summary>
    private async Task ServeUdpAsync(CancellationToken ct)
    {
        var buffer = GC.AllocateUninitializedArray<byte>(DnsMessageWriter.MaxMessageSize, pinned: true);
        var from = _udp.LocalEndPoint!.Serialize();
        while (!ct.IsCancellationRequested)
        {
            int length;
            try
            {
                length = await _udp.ReceiveFromAsync(buffer, SocketFlags.None, from, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException e)
            {
                // An ICMP error for an earlier reply, or a message too large for the buffer: not fatal.
                LogReceiveFailed(_logger, "udp", e.Message);
                continue;
            }

            ValueTask<byte[]?> pending;
            try
            {
                pending = _handler.HandleAsync(buffer.AsSpan(0, length), tcp: false, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad query must not stop this reader.
                LogQueryFailed(_logger, e);
                continue;
            }

            if (pending.IsCompletedSuccessfully)
            {
                await ReplyUdpAsync(pending.Result, from, ct).ConfigureAwait(false);
                continue;
            }

            var client = new SocketAddress(from.Family, from.Size);
            from.Buffer.CopyTo(client.Buffer);
            _ = FinishUdpAsync(pending, client, ct);
        }
    }

    private async Task FinishUdpAsync(ValueTask<byte[]?> pending, SocketAddress client, CancellationToken ct)
    {
        try
        {
            await ReplyUdpAsync(await pending.ConfigureAwait(false), client, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
        }
        catch (Exception e)
        {
            LogQueryFailed(_logger, e);
        }
    }

    private async ValueTask ReplyUdpAsync(byte[]? reply, SocketAddress client, CancellationToken ct)
    {
        if (reply is null)
        {
            return;
        }

        try
        {
            await _udp.SendToAsync(reply, SocketFlags.None, client, ct).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            LogSendFailed(_logger, "udp", e.Message);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // Shutting down: the reply is no longer wanted.
        }
    }

    private async Task AcceptTcpAsync(CancellationToken ct)
    {
        var connections = new List<Task>();
        while (!ct.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _tcp.AcceptAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                break;
            }
            catch (SocketException e)
            {
                LogReceiveFailed(_logger, "tcp", e.Message);
                continue;
            }

            connections.RemoveAll(c => c.IsCompleted);
            connections.Add(ServeTcpAsync(socket, ct));
        }

        await Task.WhenAll(connections).ConfigureAwait(false);
    }

    /// <summary>
    /// Queries on one connection (RFC 7766), answered in order until the client closes it, sends
    /// garbage we cannot frame, or stays idle for the idle timeout.
    /// </summary>
    private async Task ServeTcpAsync(Socket socket, CancellationToken ct)
    {
        await Task.Yield();
        using (socket)
        {
            await using var stream = new NetworkStream(socket, ownsSocket: false);
            try
            {
                while (!ct.IsCancellationRequested)
                {
                    byte[]? query;
                    using (var idle = new CancellationTokenSource(_tcpIdleTimeout, _time))
                    using (var read = CancellationTokenSource.CreateLinkedTokenSource(ct, idle.Token))
                    {
                        query = await DnsClient.ReadFrameAsync(stream, read.Token).ConfigureAwait(false);
                    }

                    if (query is null)
                    {
                        return;
                    }

                    var reply = await _handler.HandleAsync(query, tcp: true, ct).ConfigureAwait(false);
                    if (reply is null)
                    {
                        return;
                    }

                    await DnsClient.WriteFrameAsync(stream, reply, ct).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException or EndOfStreamException)
            {
                // Idle, closed mid-message, or shutting down: the connection just ends.
            }
            catch (Exception e)
            {
                LogQueryFailed(_logger, e);
            }
        }
    }
}
