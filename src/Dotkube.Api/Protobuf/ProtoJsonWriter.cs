using System.Buffers;
using System.Text.Json;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Protobuf;

/// <summary>
/// Writes a proto message as the JSON upstream's json.Marshal would give for the same Go
/// object, field by field from <see cref="ProtoSchema"/>: unknown field numbers are skipped,
/// a singular field seen twice keeps the last value (messages merge), and value fields at
/// their zero value are left out, as omitempty leaves them out.
/// </summary>
/// <remarks>
/// Hot path for every protobuf request body: fields are located with one pass over the bytes
/// into a pooled array and written straight to a <see cref="Utf8JsonWriter"/>, so the cost is
/// the output JSON plus map keys, not an object tree per message.
/// </remarks>
internal sealed partial class ProtoJsonWriter
{
    /// <summary>
    /// Deepest message nesting accepted. Real objects nest about 15 deep (CRD schemas more);
    /// the cap keeps hostile input from exhausting the stack, and JSON depth stays within
    /// <see cref="KubeJson.MaxDepth"/>-sized documents.
    /// </summary>
    public const int MaxDepth = 100;

    private static readonly JsonEncodedText ApiVersionName = JsonEncodedText.Encode("apiVersion");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");

    private readonly Utf8JsonWriter _json;
    private int _depth;

    public ProtoJsonWriter(Utf8JsonWriter json)
    {
        _json = json;
    }

    /// <summary>A whole object: apiVersion and kind from the envelope, then the message's fields.</summary>
    public void WriteObject(ProtoMessage message, string apiVersion, string kind, ReadOnlySpan<byte> data)
    {
        Enter();
        _json.WriteStartObject();
        _json.WriteString(ApiVersionName, apiVersion);
        _json.WriteString(KindName, kind);
        WriteFields(message, data);
        _json.WriteEndObject();
        Exit();
    }

    private void WriteMessage(ProtoMessage message, ReadOnlySpan<byte> data)
    {
        Enter();
        if (message.Special != ProtoSpecial.None)
        {
            WriteSpecial(message, data);
        }
        else
        {
            _json.WriteStartObject();
            WriteFields(message, data);
            _json.WriteEndObject();
        }

        Exit();
    }

    /// <summary>The fields of one message, without braces (so inline fields can share the parent's).</summary>
    private void WriteFields(ProtoMessage message, ReadOnlySpan<byte> data)
    {
        var entries = ArrayPool<Entry>.Shared.Rent(16);
        try
        {
            var count = Scan(message, data, ref entries);
            for (var i = 0; i < count;)
            {
                var j = i + 1;
                while (j < count && entries[j].FieldIndex == entries[i].FieldIndex)
                {
                    j++;
                }

                WriteField(message.Fields[entries[i].FieldIndex], data, entries.AsSpan(i, j - i));
                i = j;
            }
        }
        finally
        {
            ArrayPool<Entry>.Shared.Return(entries);
        }
    }

    /// <summary>Collects the known fields, ordered by schema position and then wire order.</summary>
    private static int Scan(ProtoMessage message, ReadOnlySpan<byte> data, ref Entry[] entries)
    {
        var count = 0;
        var sorted = true;
        var reader = new ProtoReader(data);
        while (!reader.End)
        {
            var (number, wire) = reader.ReadTag();
            var (value, start, length) = reader.ReadValue(wire);
            var field = message.Field(number);
            if (field is null)
            {
                continue;
            }

            CheckWire(field.Type, field.Repeated, wire, field.JsonName);
            if (count == entries.Length)
            {
                var larger = ArrayPool<Entry>.Shared.Rent(count * 2);
                entries.AsSpan(0, count).CopyTo(larger);
                ArrayPool<Entry>.Shared.Return(entries);
                entries = larger;
            }

            sorted &= count == 0 || entries[count - 1].FieldIndex <= field.Index;
            entries[count] = new Entry(field.Index, count, wire, value, start, length);
            count++;
        }

        // Encoders write fields in number order, so sorting is the exception; when needed it is
        // O(n log n), so no field order makes the scan quadratic.
        if (!sorted)
        {
            entries.AsSpan(0, count).Sort(static (a, b) =>
                a.FieldIndex != b.FieldIndex ? a.FieldIndex.CompareTo(b.FieldIndex) : a.Sequence.CompareTo(b.Sequence));
        }

        return count;
    }

    private void WriteField(ProtoField field, ReadOnlySpan<byte> data, ReadOnlySpan<Entry> group)
    {
        if (field.Type == ProtoType.Map)
        {
            WriteMap(field, data, group);
            return;
        }

        if (field.Repeated)
        {
            WriteRepeated(field, data, group);
            return;
        }

        if (field.Type == ProtoType.Message)
        {
            // A singular message seen twice merges, and merging encoded messages is concatenation.
            var payload = group.Length == 1 ? data.Slice(group[0].Start, group[0].Length) : Concat(data, group);
            if (field.Inline)
            {
                Enter();
                WriteFields(field.Message!, payload);
                Exit();
            }
            else if (!OmitMessage(field, payload))
            {
                _json.WritePropertyName(field.EncodedName);
                WriteMessage(field.Message!, payload);
            }

            return;
        }

        var last = group[^1];
        if (field.Pointer || !IsZero(field.Type, last))
        {
            _json.WritePropertyName(field.EncodedName);
            WriteScalar(field.Type, data, last);
        }
    }

    private void WriteRepeated(ProtoField field, ReadOnlySpan<byte> data, ReadOnlySpan<Entry> group)
    {
        _json.WritePropertyName(field.EncodedName);
        _json.WriteStartArray();
        foreach (var entry in group)
        {
            if (field.Type == ProtoType.Message)
            {
                WriteMessage(field.Message!, data.Slice(entry.Start, entry.Length));
            }
            else if (entry.Wire == WireType.LengthDelimited && field.Type is not (ProtoType.String or ProtoType.Bytes))
            {
                WritePacked(field.Type, data.Slice(entry.Start, entry.Length));
            }
            else
            {
                WriteScalar(field.Type, data, entry);
            }
        }

        _json.WriteEndArray();
    }

    private static byte[] Concat(ReadOnlySpan<byte> data, ReadOnlySpan<Entry> group)
    {
        var total = 0;
        foreach (var entry in group)
        {
            total += entry.Length;
        }

        var merged = new byte[total];
        var at = 0;
        foreach (var entry in group)
        {
            data.Slice(entry.Start, entry.Length).CopyTo(merged.AsSpan(at));
            at += entry.Length;
        }

        return merged;
    }

    /// <summary>
    /// The wire type a field's type needs; repeated numbers may also come packed (length-delimited),
    /// which proto2 encoders like gogo do not write but proto3 ones do.
    /// </summary>
    private static void CheckWire(ProtoType type, bool repeated, WireType wire, string name)
    {
        var expected = type switch
        {
            ProtoType.Message or ProtoType.Map or ProtoType.String or ProtoType.Bytes => WireType.LengthDelimited,
            ProtoType.Double or ProtoType.Fixed64 or ProtoType.SFixed64 => WireType.Fixed64,
            ProtoType.Float or ProtoType.Fixed32 or ProtoType.SFixed32 => WireType.Fixed32,
            _ => WireType.Varint,
        };
        if (wire != expected && !(repeated && wire == WireType.LengthDelimited))
        {
            throw new DecodeException($"proto: wrong wireType = {(int)wire} for field {name}");
        }
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new DecodeException($"proto: exceeded maximum nesting depth of {MaxDepth}");
        }
    }

    private void Exit() => _depth--;

    /// <summary>
    /// One occurrence of a field: the varint or fixed bits in <see cref="Value"/>, or the
    /// payload's place in the message for length-delimited ones.
    /// </summary>
    private readonly record struct Entry(int FieldIndex, int Sequence, WireType Wire, ulong Value, int Start, int Length);
}
