using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using Dotkube.Dns.Protocol;

namespace Dotkube.Dns.Forwarding;

/// <summary>
/// Asks one DNS server one question over UDP or TCP (RFC 1035 §4.2, RFC 7766): what the
/// forwarder sends upstream, and what tests use to query the server. A UDP reply counts only
/// when it comes from the server asked and carries the query's ID and question; anything else
/// arriving on the socket is ignored, as spoofed or stale.
/// </summary>
public static class DnsClient
{
    public static async Task<DnsMessage> QueryUdpAsync(IPEndPoint server, DnsMessage query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(query);
        using var socket = new Socket(server.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        await socket.ConnectAsync(server, ct).ConfigureAwait(false);
        await socket.SendAsync(DnsMessageWriter.Write(query), SocketFlags.None, ct).ConfigureAwait(false);
        var buffer = new byte[DnsMessageWriter.MaxMessageSize];
        while (true)
        {
            var length = await socket.ReceiveAsync(buffer, SocketFlags.None, ct).ConfigureAwait(false);
            DnsMessage reply;
            try
            {
                reply = DnsMessageReader.Read(buffer.AsSpan(0, length));
            }
            catch (DnsFormatException)
            {
                continue;
            }

            if (Answers(query, reply))
            {
                return reply;
            }
        }
    }

    public static async Task<DnsMessage> QueryTcpAsync(IPEndPoint server, DnsMessage query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(query);
        using var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(server, ct).ConfigureAwait(false);
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        await WriteFrameAsync(stream, DnsMessageWriter.Write(query), ct).ConfigureAwait(false);
        var frame = await ReadFrameAsync(stream, ct).ConfigureAwait(false) ?? throw new IOException("the server closed the connection without answering");
        var reply = DnsMessageReader.Read(frame);
        return Answers(query, reply) ? reply : throw new IOException("the server answered another query");
    }

    /// <summary>One length-prefixed message (RFC 1035 §4.2.2); null when the peer closed the stream cleanly first.</summary>
    internal static async Task<byte[]?> ReadFrameAsync(Stream stream, CancellationToken ct)
    {
        var prefix = new byte[2];
        var read = await stream.ReadAtLeastAsync(prefix, 2, throwOnEndOfStream: false, ct).ConfigureAwait(false);
        if (read < 2)
        {
            return null;
        }

        var message = new byte[BinaryPrimitives.ReadUInt16BigEndian(prefix)];
        await stream.ReadExactlyAsync(message, ct).ConfigureAwait(false);
        return message;
    }

    internal static async Task WriteFrameAsync(Stream stream, byte[] message, CancellationToken ct)
    {
        var frame = new byte[message.Length + 2];
        BinaryPrimitives.WriteUInt16BigEndian(frame, (ushort)message.Length);
        message.CopyTo(frame, 2);
        await stream.WriteAsync(frame, ct).ConfigureAwait(false);
    }

    private static bool Answers(DnsMessage query, DnsMessage reply) =>
        reply.IsResponse && reply.Id == query.Id
        && (reply.Questions.Count == 0 ? reply.ResponseCode != ResponseCode.NoError
            : reply.Questions.Count == query.Questions.Count && reply.Questions.Zip(query.Questions).All(p =>
                DnsName.Equal(p.First.Name, p.Second.Name) && p.First.Type == p.Second.Type && p.First.Class == p.Second.Class));
}
