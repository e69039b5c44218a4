using System.Buffers;
using System.Text;
using System.Text.Json;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;

namespace Dotkube.Client.Tests.Rest;

public sealed class WatchStreamDecoderTests
{
    private static ReadOnlySequence<byte> Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void DecodeLines_PartialLastLine_IsKeptForTheNextRead()
    {
        var buffer = Bytes("""
            {"type":"ADDED","object":{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"a","resourceVersion":"5"}}}
            {"type":"MODIFIED","object":{"kind":"Conf
            """);
        var events = new List<WatchEvent<ConfigMap>>();

        WatchStreamDecoder.DecodeLines(ref buffer, endOfStream: false, events);

        var e = Assert.Single(events);
        Assert.Equal(WatchEventType.Added, e.Type);
        Assert.Equal("a", e.Object!.Metadata.Name);
        Assert.Equal("5", e.Object.Metadata.ResourceVersion);
        Assert.StartsWith("{\"type\":\"MODIFIED\"", Encoding.UTF8.GetString(buffer.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void DecodeLines_EndOfStreamWithoutNewline_DecodesTheLastEvent()
    {
        var buffer = Bytes("""{"type":"DELETED","object":{"metadata":{"name":"z"}}}""");
        var events = new List<WatchEvent<ConfigMap>>();

        WatchStreamDecoder.DecodeLines(ref buffer, endOfStream: true, events);

        Assert.Equal(WatchEventType.Deleted, Assert.Single(events).Type);
        Assert.True(buffer.IsEmpty);
    }

    [Fact]
    public void Decode_ObjectBeforeType_StillDecodes()
    {
        var e = WatchStreamDecoder.Decode<ConfigMap>(Bytes("""{"object":{"metadata":{"name":"x"},"data":{"k":"v"}},"extra":[1,{"a":2}],"type":"BOOKMARK"}"""));

        Assert.Equal(WatchEventType.Bookmark, e.Type);
        Assert.Equal("v", e.Object!.Data!["k"]);
    }

    [Fact]
    public void Decode_Error_CarriesTheStatus()
    {
        var e = WatchStreamDecoder.Decode<ConfigMap>(Bytes(
            """{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Expired","code":410,"message":"too old resource version"}}"""));

        Assert.Equal(WatchEventType.Error, e.Type);
        Assert.Null(e.Object);
        Assert.Equal(410, e.Status!.Code);
        Assert.Equal("Expired", e.Status.Reason);
    }

    [Fact]
    public void DecodeLines_SplitAcrossSegments_Decodes()
    {
        var first = new Segment(Encoding.UTF8.GetBytes("""{"type":"ADDED","obj"""));
        var last = first.Append(Encoding.UTF8.GetBytes("""ect":{"metadata":{"name":"s"}}}""" + "\n\n"));
        var buffer = new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
        var events = new List<WatchEvent<ConfigMap>>();

        WatchStreamDecoder.DecodeLines(ref buffer, endOfStream: true, events);

        Assert.Equal("s", Assert.Single(events).Object!.Metadata.Name);
    }

    [Theory]
    [InlineData("""{"type":"SURPRISE","object":{}}""")]
    [InlineData("""{"type":"ADDED"}""")]
    [InlineData("""[1]""")]
    public void Decode_Malformed_Throws(string line)
    {
        Assert.ThrowsAny<JsonException>(() => WatchStreamDecoder.Decode<ConfigMap>(Bytes(line)));
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] bytes) => Memory = bytes;

        public Segment Append(byte[] bytes)
        {
            var next = new Segment(bytes) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
