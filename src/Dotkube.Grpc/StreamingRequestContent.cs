using System.Net;
using System.Net.Http.Headers;
using System.Threading.Channels;

namespace Dotkube.Grpc;

/// <summary>
/// A request body that stays open: HttpClient sends it on the HTTP/2 stream while frames are
/// queued, so the caller can keep writing after the response started (a client or duplex stream).
/// Completing the queue ends the body (END_STREAM, the gRPC "half-close").
/// </summary>
internal sealed class StreamingRequestContent : HttpContent
{
    private readonly Channel<byte[]> _frames = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });

    public StreamingRequestContent()
    {
        Headers.ContentType = new MediaTypeHeaderValue(GrpcChannel.ContentType);
    }

    /// <summary>Queues a frame; false once the body was completed.</summary>
    public bool TryWrite(byte[] frame) => _frames.Writer.TryWrite(frame);

    public void Complete() => _frames.Writer.TryComplete();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await foreach (var frame in _frames.Reader.ReadAllAsync(cancellationToken))
        {
            await stream.WriteAsync(frame, cancellationToken);
            // Without a flush HttpClient may hold the frame in its buffer until more data comes.
            await stream.FlushAsync(cancellationToken);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        Complete();
        base.Dispose(disposing);
    }
}
