using Dotkube.Api.Serialization;

namespace Dotkube.Api.Protobuf;

/// <summary>
/// The "k8s\0" + runtime.Unknown envelope: typeMeta (1: apiVersion 1, kind 2), raw (2),
/// contentEncoding (3) and contentType (4). Upstream's decoder ignores the last two, and so do we.
/// </summary>
internal readonly ref struct ProtoEnvelope
{
    private ProtoEnvelope(string apiVersion, string kind, ReadOnlySpan<byte> raw)
    {
        ApiVersion = apiVersion;
        Kind = kind;
        Raw = raw;
    }

    public static ReadOnlySpan<byte> Magic => "k8s\0"u8;

    public string ApiVersion { get; }

    public string Kind { get; }

    /// <summary>The object's own message, e.g. a k8s.io.api.core.v1.Namespace.</summary>
    public ReadOnlySpan<byte> Raw { get; }

    public static ProtoEnvelope Read(ReadOnlySpan<byte> body)
    {
        if (!body.StartsWith(Magic))
        {
            throw new DecodeException("provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]");
        }

        string apiVersion = "", kind = "";
        ReadOnlySpan<byte> raw = default;
        var reader = new ProtoReader(body[Magic.Length..]);
        while (!reader.End)
        {
            var (number, wire) = reader.ReadTag();
            if (number is 1 or 2 && wire != WireType.LengthDelimited)
            {
                throw new DecodeException($"proto: wrong wireType = {(int)wire} for field {(number == 1 ? "TypeMeta" : "Raw")}");
            }

            if (number == 1)
            {
                (apiVersion, kind) = ReadTypeMeta(reader.ReadBytes(), apiVersion, kind);
            }
            else if (number == 2)
            {
                raw = reader.ReadBytes();
            }
            else
            {
                reader.ReadValue(wire);
            }
        }

        return new ProtoEnvelope(apiVersion, kind, raw);
    }

    private static (string ApiVersion, string Kind) ReadTypeMeta(ReadOnlySpan<byte> data, string apiVersion, string kind)
    {
        var reader = new ProtoReader(data);
        while (!reader.End)
        {
            var (number, wire) = reader.ReadTag();
            if (number is 1 or 2 && wire != WireType.LengthDelimited)
            {
                throw new DecodeException($"proto: wrong wireType = {(int)wire} for field {(number == 1 ? "APIVersion" : "Kind")}");
            }

            if (number == 1)
            {
                apiVersion = Utf8Text.Decode(reader.ReadBytes());
            }
            else if (number == 2)
            {
                kind = Utf8Text.Decode(reader.ReadBytes());
            }
            else
            {
                reader.ReadValue(wire);
            }
        }

        return (apiVersion, kind);
    }
}
