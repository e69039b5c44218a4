using Dotkube.Grpc;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Dotkube.Storage.Tests.Grpc;

public sealed class GrpcFramingTests
{
    [Fact]
    public void Frame_Message_PrefixesUncompressedFlagAndBigEndianLength()
    {
        var message = new StringValue { Value = new string('x', 300) };

        var frame = GrpcFraming.Frame(message);

        var size = message.CalculateSize();
        Assert.Equal(GrpcFraming.HeaderSize + size, frame.Length);
        Assert.Equal([0, 0, 0, (byte)(size >> 8), (byte)size], frame[..5]);
        Assert.Equal(message.ToByteArray(), frame[5..]);
    }

    [Fact]
    public async Task ReadMessage_ConsecutiveFrames_ReturnsEachThenNullAtTheEnd()
    {
        var first = new StringValue { Value = "first" };
        var empty = new StringValue();
        using var stream = new MemoryStream([.. GrpcFraming.Frame(first), .. GrpcFraming.Frame(empty)]);

        Assert.Equal(first, await GrpcFraming.ReadMessageAsync(stream, StringValue.Parser, default));
        Assert.Equal(empty, await GrpcFraming.ReadMessageAsync(stream, StringValue.Parser, default));
        Assert.Null(await GrpcFraming.ReadMessageAsync(stream, StringValue.Parser, default));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(7)]
    public async Task ReadMessage_TruncatedFrame_FailsWithInternal(int keptBytes)
    {
        var frame = GrpcFraming.Frame(new StringValue { Value = "truncated" });
        using var stream = new MemoryStream(frame[..keptBytes]);

        var error = await Assert.ThrowsAsync<RpcException>(() => GrpcFraming.ReadMessageAsync(stream, StringValue.Parser, default).AsTask());

        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }

    [Fact]
    public async Task ReadMessage_CompressedFlag_FailsBecauseCompressionWasNotNegotiated()
    {
        var frame = GrpcFraming.Frame(new StringValue { Value = "zipped" });
        frame[0] = 1;
        using var stream = new MemoryStream(frame);

        var error = await Assert.ThrowsAsync<RpcException>(() => GrpcFraming.ReadMessageAsync(stream, StringValue.Parser, default).AsTask());

        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }
}
