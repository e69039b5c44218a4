using System.Buffers.Binary;
using Google.Protobuf;

namespace Dotkube.Grpc;

/// <summary>
/// gRPC's length-prefixed message framing: a 1-byte compressed flag (always 0 here: we never
/// negotiate grpc-encoding, so a server must not compress) and a 4-byte big-endian length, then
/// the protobuf bytes.
/// </summary>
internal static class GrpcFraming
{
    public const int HeaderSize = 5;

    /// <summary>Largest message we accept, as grpc-go's default receive limit (4 MiB) is too small for big ranges.</summary>
    public const int MaxMessageSize = 64 * 1024 * 1024;

    public static byte[] Frame(IMessage message)
    {
        var size = message.CalculateSize();
        var frame = new byte[HeaderSize + size];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1, 4), (uint)size);
        message.WriteTo(frame.AsSpan(HeaderSize));
        return frame;
    }

    /// <summary>Reads the next message, or null when the stream ended cleanly between messages.</summary>
    public static async ValueTask<T?> ReadMessageAsync<T>(Stream stream, MessageParser<T> parser, CancellationToken cancellationToken)
        where T : class, IMessage<T>
    {
        var header = new byte[HeaderSize];
        var read = await stream.ReadAtLeastAsync(header, HeaderSize, throwOnEndOfStream: false, cancellationToken);
        if (read == 0)
        {
            return null;
        }

        if (read < HeaderSize)
        {
            throw new RpcException(StatusCode.Internal, "the response ended inside a message header");
        }

        if (header[0] != 0)
        {
            throw new RpcException(StatusCode.Internal, "the server sent a compressed message, which was not negotiated");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(1));
        if (length > MaxMessageSize)
        {
            throw new RpcException(StatusCode.ResourceExhausted, $"message of {length} bytes exceeds the {MaxMessageSize} byte limit");
        }

        var payload = new byte[length];
        read = await stream.ReadAtLeastAsync(payload, payload.Length, throwOnEndOfStream: false, cancellationToken);
        if (read < payload.Length)
        {
            throw new RpcException(StatusCode.Internal, "the response ended inside a message");
        }

        return parser.ParseFrom(payload);
    }
}
