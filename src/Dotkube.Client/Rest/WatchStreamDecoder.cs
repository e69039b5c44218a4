using System.Buffers;
using System.Text.Json;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;

namespace Dotkube.Client.Rest;

/// <summary>
/// Splits a watch stream into events. The server writes one JSON object per line, as Go's
/// json.Encoder does, so framing is a newline search. Each line is scanned once with a
/// Utf8JsonReader to find "type" and the "object" range, which is then deserialized straight
/// into T: no JsonDocument and no string per line, since every informer's events pass here.
/// </summary>
internal static class WatchStreamDecoder
{
    /// <summary>Decodes the complete lines in <paramref name="buffer"/> and leaves it at the unfinished rest; at end of stream the rest is the last event.</summary>
    public static void DecodeLines<T>(ref ReadOnlySequence<byte> buffer, bool endOfStream, List<WatchEvent<T>> into)
        where T : KubeObject
    {
        var reader = new SequenceReader<byte>(buffer);
        while (reader.TryReadTo(out ReadOnlySequence<byte> line, (byte)'\n'))
        {
            if (!IsBlank(line))
            {
                into.Add(Decode<T>(line));
            }
        }

        buffer = buffer.Slice(reader.Position);
        if (endOfStream && !IsBlank(buffer))
        {
            into.Add(Decode<T>(buffer));
            buffer = buffer.Slice(buffer.End);
        }
    }

    public static WatchEvent<T> Decode<T>(ReadOnlySequence<byte> line)
        where T : KubeObject
    {
        var reader = new Utf8JsonReader(line);
        string? type = null;
        long objectStart = -1, objectEnd = -1;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a watch event must be a JSON object");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            var isObject = reader.ValueTextEquals("object"u8);
            reader.Read();
            if (isType)
            {
                type = reader.GetString();
            }
            else if (isObject)
            {
                objectStart = reader.TokenStartIndex;
                reader.Skip();
                objectEnd = reader.BytesConsumed;
            }
            else
            {
                reader.Skip();
            }
        }

        var eventType = type switch
        {
            "ADDED" => WatchEventType.Added,
            "MODIFIED" => WatchEventType.Modified,
            "DELETED" => WatchEventType.Deleted,
            "BOOKMARK" => WatchEventType.Bookmark,
            "ERROR" => WatchEventType.Error,
            _ => throw new JsonException($"unknown watch event type \"{type}\""),
        };
        if (objectStart < 0)
        {
            throw new JsonException($"{type} watch event has no object");
        }

        var objectReader = new Utf8JsonReader(line.Slice(objectStart, objectEnd - objectStart));
        return eventType == WatchEventType.Error
            ? new WatchEvent<T>(eventType, null, JsonSerializer.Deserialize(ref objectReader, KubeJson.TypeInfo<Status>()))
            : new WatchEvent<T>(eventType, JsonSerializer.Deserialize(ref objectReader, KubeJson.TypeInfo<T>()), null);
    }

    private static bool IsBlank(ReadOnlySequence<byte> bytes)
    {
        foreach (var segment in bytes)
        {
            if (!segment.Span.Trim(" \t\r\n"u8).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }
}
