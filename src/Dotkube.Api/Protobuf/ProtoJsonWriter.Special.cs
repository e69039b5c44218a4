using System.Globalization;
using System.Text.Json;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Protobuf;

internal sealed partial class ProtoJsonWriter
{
    /// <summary>time.Time{}.Unix(): the Go zero time, which metav1.Time writes as null.</summary>
    private const long GoZeroTimeSeconds = -62_135_596_800;

    private void WriteSpecial(ProtoMessage message, ReadOnlySpan<byte> data)
    {
        switch (message.Special)
        {
            case ProtoSpecial.Time or ProtoSpecial.MicroTime:
                WriteTime(data, message.Special == ProtoSpecial.MicroTime);
                break;
            case ProtoSpecial.Duration:
                _json.WriteStringValue(GoDurationText.Format(unchecked((long)Last(data, 1, WireType.Varint).Value)));
                break;
            case ProtoSpecial.RawJson:
                WriteRawJson(Bytes(data, Last(data, 1, WireType.LengthDelimited)));
                break;
            case ProtoSpecial.RawExtension:
                WriteRawExtension(Bytes(data, Last(data, 1, WireType.LengthDelimited)));
                break;
            case ProtoSpecial.StringSlice:
                WriteStrings(data, 1);
                break;
            case ProtoSpecial.Quantity:
                var quantity = Last(data, 1, WireType.LengthDelimited);
                if (quantity.Found)
                {
                    WriteUtf8(Bytes(data, quantity));
                }
                else
                {
                    // The zero Quantity; upstream writes it as "0".
                    _json.WriteStringValue("0"u8);
                }

                break;
            case ProtoSpecial.IntOrString:
                WriteIntOrString(data);
                break;
            case ProtoSpecial.SchemaOrArray:
                WriteSchemaOrArray(message, data);
                break;
            case ProtoSpecial.SchemaOrBool:
                var schema = Last(data, 2, WireType.LengthDelimited);
                if (schema.Found)
                {
                    WriteMessage(message.Field(2)!.Message!, Bytes(data, schema));
                }
                else
                {
                    _json.WriteBooleanValue(Last(data, 1, WireType.Varint).Value != 0);
                }

                break;
            case ProtoSpecial.SchemaOrStringArray:
                if (Last(data, 2, WireType.LengthDelimited).Found)
                {
                    WriteStrings(data, 2);
                }
                else
                {
                    WriteOptionalSchema(message, data);
                }

                break;
            default:
                throw new InvalidOperationException($"{message.Special} has no writer");
        }
    }

    /// <summary>
    /// Zero and empty special values that their Go type writes as null or as its zero: left out,
    /// which decodes the same. Times and raw documents always; IntOrString and Duration only
    /// for value fields, where zero means unset (a pointer to 0 is a real 0).
    /// </summary>
    private static bool OmitMessage(ProtoField field, ReadOnlySpan<byte> data) => field.Message!.Special switch
    {
        ProtoSpecial.Time or ProtoSpecial.MicroTime => IsZeroTime(data),
        ProtoSpecial.RawJson or ProtoSpecial.RawExtension => Last(data, 1, WireType.LengthDelimited).Length == 0,
        ProtoSpecial.IntOrString => !field.Pointer && IsZeroIntOrString(data),
        ProtoSpecial.Duration => !field.Pointer && Last(data, 1, WireType.Varint).Value == 0,
        _ => false,
    };

    /// <summary>
    /// metav1.Time keeps whole seconds (upstream's Unmarshal drops nanos), MicroTime keeps
    /// microseconds; both RFC 3339 in UTC. Upstream writes an empty message (its zero) as null.
    /// </summary>
    private void WriteTime(ReadOnlySpan<byte> data, bool micro)
    {
        if (IsZeroTime(data))
        {
            _json.WriteNullValue();
            return;
        }

        var seconds = unchecked((long)Last(data, 1, WireType.Varint).Value);
        var nanos = unchecked((int)Last(data, 2, WireType.Varint).Value);
        DateTimeOffset time;
        try
        {
            time = DateTimeOffset.FromUnixTimeSeconds(seconds);
            if (micro)
            {
                // Floor division, so negative nanos step back as Go's time.Unix normalizes them.
                time = time.AddTicks(Math.DivRem(nanos, 100, out var rest) - (rest < 0 ? 1 : 0));
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new DecodeException("Time.MarshalJSON: year outside of range [0,9999]");
        }

        Span<char> buffer = stackalloc char[32];
        time.UtcDateTime.TryFormat(buffer, out var written, micro ? MicroTimeConverter.Format : TimeConverter.Format, CultureInfo.InvariantCulture);
        _json.WriteStringValue(buffer[..written]);
    }

    private static bool IsZeroTime(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return true;
        }

        var seconds = unchecked((long)Last(data, 1, WireType.Varint).Value);
        return seconds == GoZeroTimeSeconds && Last(data, 2, WireType.Varint).Value == 0;
    }

    /// <summary>type 0 is an int (intVal, 2), type 1 a string (strVal, 3); anything else upstream refuses.</summary>
    private void WriteIntOrString(ReadOnlySpan<byte> data)
    {
        switch (Last(data, 1, WireType.Varint).Value)
        {
            case 0:
                _json.WriteNumberValue(unchecked((int)Last(data, 2, WireType.Varint).Value));
                break;
            case 1:
                WriteUtf8(Bytes(data, Last(data, 3, WireType.LengthDelimited)));
                break;
            default:
                throw new DecodeException("impossible IntOrString.Type");
        }
    }

    private static bool IsZeroIntOrString(ReadOnlySpan<byte> data) => Last(data, 1, WireType.Varint).Value switch
    {
        0 => unchecked((int)Last(data, 2, WireType.Varint).Value) == 0,
        1 => Last(data, 3, WireType.LengthDelimited).Length == 0,
        _ => false,
    };

    /// <summary>
    /// RawExtension holds JSON, or (for objects a protobuf client nested, as watch events do)
    /// another "k8s\0" envelope, which becomes the nested object's JSON.
    /// </summary>
    private void WriteRawExtension(ReadOnlySpan<byte> raw)
    {
        if (!raw.StartsWith(ProtoEnvelope.Magic))
        {
            WriteRawJson(raw);
            return;
        }

        var envelope = ProtoEnvelope.Read(raw);
        var message = ProtoSchema.FindKind(envelope.ApiVersion, envelope.Kind)
            ?? throw new DecodeException(KubeProtobuf.NotRegistered(envelope.ApiVersion, envelope.Kind));
        WriteObject(message, envelope.ApiVersion, envelope.Kind, envelope.Raw);
    }

    /// <summary>Embedded JSON is checked (one value, depth-capped) before it is copied through.</summary>
    private void WriteRawJson(ReadOnlySpan<byte> raw)
    {
        if (raw.IsEmpty)
        {
            _json.WriteNullValue();
            return;
        }

        var reader = new Utf8JsonReader(raw, new JsonReaderOptions { MaxDepth = KubeJson.MaxDepth });
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException e)
        {
            throw new DecodeException("invalid JSON in an embedded raw field: " + e.Message);
        }

        _json.WriteRawValue(raw, skipInputValidation: true);
    }

    private void WriteSchemaOrArray(ProtoMessage message, ReadOnlySpan<byte> data)
    {
        if (!Last(data, 2, WireType.LengthDelimited).Found)
        {
            WriteOptionalSchema(message, data);
            return;
        }

        var schemas = message.Field(2)!.Message!;
        _json.WriteStartArray();
        var reader = new ProtoReader(data);
        while (!reader.End)
        {
            var (number, wire) = reader.ReadTag();
            var (_, start, length) = reader.ReadValue(wire);
            if (number == 2)
            {
                WriteMessage(schemas, data.Slice(start, length));
            }
        }

        _json.WriteEndArray();
    }

    /// <summary>Field 1 as a JSONSchemaProps object, or null when absent.</summary>
    private void WriteOptionalSchema(ProtoMessage message, ReadOnlySpan<byte> data)
    {
        var schema = Last(data, 1, WireType.LengthDelimited);
        if (schema.Found)
        {
            WriteMessage(message.Field(1)!.Message!, Bytes(data, schema));
        }
        else
        {
            _json.WriteNullValue();
        }
    }

    private void WriteStrings(ReadOnlySpan<byte> data, int number)
    {
        _json.WriteStartArray();
        var reader = new ProtoReader(data);
        while (!reader.End)
        {
            var (n, wire) = reader.ReadTag();
            var (_, start, length) = reader.ReadValue(wire);
            if (n == number)
            {
                CheckWire(ProtoType.String, repeated: true, wire, "items");
                WriteUtf8(data.Slice(start, length));
            }
        }

        _json.WriteEndArray();
    }

    private static ReadOnlySpan<byte> Bytes(ReadOnlySpan<byte> data, Slot slot) => data.Slice(slot.Start, slot.Length);

    /// <summary>The last occurrence of one field of a small message, its wire type checked.</summary>
    private static Slot Last(ReadOnlySpan<byte> data, int number, WireType expected)
    {
        var slot = default(Slot);
        var reader = new ProtoReader(data);
        while (!reader.End)
        {
            var (n, wire) = reader.ReadTag();
            var (value, start, length) = reader.ReadValue(wire);
            if (n != number)
            {
                continue;
            }

            if (wire != expected)
            {
                throw new DecodeException($"proto: wrong wireType = {(int)wire} for field number {number}");
            }

            slot = new Slot(true, value, start, length);
        }

        return slot;
    }

    private readonly record struct Slot(bool Found, ulong Value, int Start, int Length);
}
