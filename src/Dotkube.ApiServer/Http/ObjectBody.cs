using System.Globalization;
using System.Text.Json;
using Dotkube.Api.Protobuf;
using Dotkube.Api.Serialization;
using Dotkube.ApiServer.Errors;

namespace Dotkube.ApiServer.Http;

/// <summary>
/// What upstream's serializers say about an object body before its kind is known: the JSON
/// serializer reads apiVersion and kind with encoding/json (so a body sent as JSON is never
/// read as YAML), the protobuf one first checks the "k8s\0" prefix. The handler then wraps the
/// error as transformDecodeError does: "the object provided is unrecognized (must be of type
/// Kind): cause (summary)".
/// </summary>
public static class ObjectBody
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    /// <summary>
    /// A body sent as JSON: one that does not start an object or array must still be JSON.
    /// <c>null</c> decodes into an empty object (json.Unmarshal leaves it untouched), so it
    /// becomes <c>{}</c> and the kind comes from the URL.
    /// </summary>
    public static byte[] CheckJson(byte[] body, string kind)
    {
        var trimmed = body.AsSpan().Trim(" \t\r\n"u8);
        if (Api.Serialization.KubeYaml.IsJson(body))
        {
            return body;
        }

        if (trimmed.SequenceEqual("null"u8))
        {
            return EmptyObject;
        }

        if (trimmed.IsEmpty)
        {
            throw Unrecognized(kind, "couldn't get version/kind; json parse error: unexpected end of JSON input", body);
        }

        if (!IsValueStart(trimmed[0]))
        {
            throw Unrecognized(kind, $"couldn't get version/kind; json parse error: invalid character {QuoteChar(trimmed[0])} looking for beginning of value", body);
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            reader.Read();
            reader.Skip();
            if (reader.Read())
            {
                throw new JsonException("invalid character after top-level value");
            }
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw Unrecognized(kind, "couldn't get version/kind; json parse error: " + (position < 0 ? message : message[..position]), body);
        }

        // A JSON string, number or boolean: the decoder says it is not an object.
        return body;
    }

    /// <summary>A protobuf body without the magic prefix, worded as upstream's protobuf serializer.</summary>
    public static void CheckProtobuf(byte[] body, string kind)
    {
        if (body.Length == 0)
        {
            throw Unrecognized(kind, "empty data", body);
        }

        if (!KubeProtobuf.HasMagic(body))
        {
            throw Unrecognized(kind, "provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]", body);
        }
    }

    /// <summary>transformDecodeError when the body's kind could not be read.</summary>
    public static ApiException Unrecognized(string kind, string cause, ReadOnlySpan<byte> body) =>
        ApiErrors.BadRequest($"the object provided is unrecognized (must be of type {kind}): {cause} ({KubeDecoder.Summarize(body)})");

    private static bool IsValueStart(byte c) => c is (byte)'{' or (byte)'[' or (byte)'"' or (byte)'-' or (>= (byte)'0' and <= (byte)'9')
        or (byte)'t' or (byte)'f' or (byte)'n';

    /// <summary>encoding/json's quoteChar: the byte as a rune, strconv-quoted between single quotes.</summary>
    private static string QuoteChar(byte c) => c switch
    {
        (byte)'\'' => "'\\''",
        (byte)'"' => "'\"'",
        (byte)'\a' => "'\\a'",
        (byte)'\b' => "'\\b'",
        (byte)'\f' => "'\\f'",
        (byte)'\v' => "'\\v'",
        < 0x20 or 0x7f => string.Create(CultureInfo.InvariantCulture, $"'\\x{c:x2}'"),
        >= 0x80 and < 0xa0 => string.Create(CultureInfo.InvariantCulture, $"'\\u{c:x4}'"),
        _ => $"'{(char)c}'",
    };
}
