using System.Globalization;

namespace Dotkube.Api.Protobuf;

internal sealed partial class ProtoJsonWriter
{
    /// <summary>
    /// A Go map: repeated entry messages (key 1, value 2) become one JSON object with keys
    /// sorted, as Go's encoder sorts them; a repeated key keeps its last value, as Go's
    /// unmarshal does.
    /// </summary>
    private void WriteMap(ProtoField field, ReadOnlySpan<byte> data, ReadOnlySpan<Entry> group)
    {
        var items = new MapItem[group.Length];
        for (var i = 0; i < group.Length; i++)
        {
            items[i] = ReadMapEntry(field, data, group[i], i);
        }

        Array.Sort(items, static (a, b) =>
        {
            var byKey = string.CompareOrdinal(a.Key, b.Key);
            return byKey != 0 ? byKey : a.Sequence.CompareTo(b.Sequence);
        });

        _json.WritePropertyName(field.EncodedName);
        _json.WriteStartObject();
        for (var i = 0; i < items.Length; i++)
        {
            if (i + 1 < items.Length && items[i + 1].Key == items[i].Key)
            {
                continue;
            }

            ref readonly var item = ref items[i];
            _json.WritePropertyName(item.Key);
            if (field.ValueType == ProtoType.Message)
            {
                WriteMessage(field.ValueMessage!, item.HasValue ? data.Slice(item.Value.Start, item.Value.Length) : default);
            }
            else if (item.HasValue)
            {
                WriteScalar(field.ValueType, data, item.Value);
            }
            else
            {
                WriteZero(field.ValueType);
            }
        }

        _json.WriteEndObject();
    }

    private static MapItem ReadMapEntry(ProtoField field, ReadOnlySpan<byte> data, in Entry entry, int sequence)
    {
        var key = "";
        Entry value = default;
        var hasValue = false;
        var reader = new ProtoReader(data.Slice(entry.Start, entry.Length));
        while (!reader.End)
        {
            var (number, wire) = reader.ReadTag();
            var (bits, start, length) = reader.ReadValue(wire);
            if (number == 1)
            {
                CheckWire(field.KeyType, repeated: false, wire, field.JsonName + " key");
                key = KeyText(field.KeyType, data.Slice(entry.Start + start, length), bits);
            }
            else if (number == 2)
            {
                CheckWire(field.ValueType, repeated: false, wire, field.JsonName + " value");
                value = new Entry(0, 0, wire, bits, entry.Start + start, length);
                hasValue = true;
            }
        }

        return new MapItem(key, sequence, value, hasValue);
    }

    /// <summary>Go's encoder writes integer keys as decimal strings; Kubernetes maps use string keys.</summary>
    private static string KeyText(ProtoType type, ReadOnlySpan<byte> bytes, ulong bits) => type switch
    {
        ProtoType.String => Utf8Text.Decode(bytes),
        ProtoType.Bool => bits != 0 ? "true" : "false",
        ProtoType.Int32 or ProtoType.SFixed32 => unchecked((int)bits).ToString(CultureInfo.InvariantCulture),
        ProtoType.Int64 or ProtoType.SFixed64 => unchecked((long)bits).ToString(CultureInfo.InvariantCulture),
        ProtoType.SInt32 => ((int)(unchecked((uint)bits) >> 1) ^ -(int)(bits & 1)).ToString(CultureInfo.InvariantCulture),
        ProtoType.SInt64 => ((long)(bits >> 1) ^ -(long)(bits & 1)).ToString(CultureInfo.InvariantCulture),
        ProtoType.UInt32 or ProtoType.Fixed32 => unchecked((uint)bits).ToString(CultureInfo.InvariantCulture),
        _ => bits.ToString(CultureInfo.InvariantCulture),
    };

    private readonly record struct MapItem(string Key, int Sequence, Entry Value, bool HasValue);
}
