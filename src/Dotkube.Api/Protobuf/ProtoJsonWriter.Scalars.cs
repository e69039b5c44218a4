using System.Text;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Protobuf;

internal sealed partial class ProtoJsonWriter
{
    private void WriteScalar(ProtoType type, ReadOnlySpan<byte> data, in Entry entry)
    {
        switch (type)
        {
            case ProtoType.String:
                WriteUtf8(data.Slice(entry.Start, entry.Length));
                break;
            case ProtoType.Bytes:
                // Go's []byte is base64 (standard alphabet, padded) in JSON.
                _json.WriteBase64StringValue(data.Slice(entry.Start, entry.Length));
                break;
            default:
                WriteNumber(type, entry.Value);
                break;
        }
    }

    /// <summary>A packed run of numbers: one length-delimited payload of back-to-back values.</summary>
    private void WritePacked(ProtoType type, ReadOnlySpan<byte> payload)
    {
        var reader = new ProtoReader(payload);
        while (!reader.End)
        {
            var value = type switch
            {
                ProtoType.Double or ProtoType.Fixed64 or ProtoType.SFixed64 => reader.ReadFixed64(),
                ProtoType.Float or ProtoType.Fixed32 or ProtoType.SFixed32 => reader.ReadFixed32(),
                _ => reader.ReadVarint(),
            };
            WriteNumber(type, value);
        }
    }

    /// <summary>The zero value of a scalar, for a map entry that leaves its value out.</summary>
    private void WriteZero(ProtoType type)
    {
        switch (type)
        {
            case ProtoType.String or ProtoType.Bytes:
                _json.WriteStringValue(""u8);
                break;
            case ProtoType.Bool:
                _json.WriteBooleanValue(false);
                break;
            default:
                _json.WriteNumberValue(0);
                break;
        }
    }

    private void WriteNumber(ProtoType type, ulong value)
    {
        switch (type)
        {
            case ProtoType.Bool:
                _json.WriteBooleanValue(value != 0);
                break;
            case ProtoType.Int32 or ProtoType.SFixed32:
                // int32 varints are sign-extended to 64 bits; the low 32 are the value.
                _json.WriteNumberValue(unchecked((int)value));
                break;
            case ProtoType.UInt32 or ProtoType.Fixed32:
                _json.WriteNumberValue(unchecked((uint)value));
                break;
            case ProtoType.Int64 or ProtoType.SFixed64:
                _json.WriteNumberValue(unchecked((long)value));
                break;
            case ProtoType.UInt64 or ProtoType.Fixed64:
                _json.WriteNumberValue(value);
                break;
            case ProtoType.SInt32:
                var zigzag32 = unchecked((uint)value);
                _json.WriteNumberValue((int)(zigzag32 >> 1) ^ -(int)(zigzag32 & 1));
                break;
            case ProtoType.SInt64:
                _json.WriteNumberValue((long)(value >> 1) ^ -(long)(value & 1));
                break;
            case ProtoType.Double:
                var number = BitConverter.UInt64BitsToDouble(value);
                CheckFinite(number);
                _json.WriteNumberValue(number);
                break;
            case ProtoType.Float:
                var single = BitConverter.UInt32BitsToSingle(unchecked((uint)value));
                CheckFinite(single);
                _json.WriteNumberValue(single);
                break;
            default:
                throw new InvalidOperationException($"{type} is not a number type");
        }
    }

    /// <summary>JSON has no NaN or infinities; Go's encoder refuses them with this error.</summary>
    private static void CheckFinite(double value)
    {
        if (!double.IsFinite(value))
        {
            var text = double.IsNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";
            throw new DecodeException($"json: unsupported value: {text}");
        }
    }

    private static bool IsZero(ProtoType type, in Entry entry) => type switch
    {
        ProtoType.String or ProtoType.Bytes => entry.Length == 0,
        ProtoType.Double => BitConverter.UInt64BitsToDouble(entry.Value) == 0,
        ProtoType.Float => BitConverter.UInt32BitsToSingle(unchecked((uint)entry.Value)) == 0,
        ProtoType.Int32 or ProtoType.UInt32 or ProtoType.SInt32 or ProtoType.Fixed32 or ProtoType.SFixed32 => unchecked((uint)entry.Value) == 0,
        _ => entry.Value == 0,
    };

    private void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            _json.WriteStringValue(utf8);
        }
        else
        {
            _json.WriteStringValue(Encoding.UTF8.GetString(utf8));
        }
    }
}
