using System.Text;
using Dotkube.Api.Protobuf;

namespace Dotkube.Api.Tests.Protobuf;

/// <summary>Hand-builds protobuf messages for tests: fields appended in call order.</summary>
internal sealed class ProtoBuilder
{
    private readonly List<byte> _bytes = [];

    public ProtoBuilder Varint(int number, ulong value) => Tag(number, 0).Raw(VarintBytes(value));

    public ProtoBuilder Varint(int number, long value) => Varint(number, unchecked((ulong)value));

    public ProtoBuilder Bool(int number, bool value) => Varint(number, value ? 1UL : 0UL);

    public ProtoBuilder Fixed64(int number, ulong value) => Tag(number, 1).Raw(BitConverter.GetBytes(value));

    public ProtoBuilder Double(int number, double value) => Fixed64(number, BitConverter.DoubleToUInt64Bits(value));

    public ProtoBuilder Bytes(int number, byte[] value) => Tag(number, 2).Raw(VarintBytes((ulong)value.Length)).Raw(value);

    public ProtoBuilder String(int number, string value) => Bytes(number, Encoding.UTF8.GetBytes(value));

    public ProtoBuilder Message(int number, ProtoBuilder message) => Bytes(number, message.ToArray());

    public ProtoBuilder Message(int number, Action<ProtoBuilder> build)
    {
        var message = new ProtoBuilder();
        build(message);
        return Message(number, message);
    }

    /// <summary>A Go map entry: key 1, value 2.</summary>
    public ProtoBuilder Entry(int number, string key, string value) =>
        Message(number, e => e.String(1, key).String(2, value));

    /// <summary>Repeated varints in one length-delimited run (proto3 style).</summary>
    public ProtoBuilder Packed(int number, params long[] values) =>
        Bytes(number, values.SelectMany(v => VarintBytes(unchecked((ulong)v))).ToArray());

    public ProtoBuilder Tag(int number, int wire) => Raw(VarintBytes(((ulong)number << 3) | (uint)wire));

    public ProtoBuilder Raw(IEnumerable<byte> bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }

    public byte[] ToArray() => [.. _bytes];

    /// <summary>The whole body: "k8s\0" and a runtime.Unknown around this message.</summary>
    public byte[] Envelope(string apiVersion, string kind) =>
        [.. "k8s\0"u8, .. new ProtoBuilder()
            .Message(1, t => t.String(1, apiVersion).String(2, kind))
            .Message(2, this)
            .ToArray()];

    public static byte[] VarintBytes(ulong value)
    {
        var bytes = new List<byte>();
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
        return [.. bytes];
    }

    /// <summary>The converted JSON of a body, as text.</summary>
    public static string Json(byte[] body) => Encoding.UTF8.GetString(KubeProtobuf.ToJson(body).Json);
}
