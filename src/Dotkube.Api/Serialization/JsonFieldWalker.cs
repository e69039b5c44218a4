using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Dotkube.Api.Serialization;

/// <summary>
/// Walks a JSON document alongside the source-generated metadata of its target type, doing
/// what sigs.k8s.io/json's strict mode does on top of decoding:
/// <list type="bullet">
/// <item>every unknown field and every duplicate field or map key, by path
/// ("spec.containers[0].foo", map keys joined with "."), at most 100, each once;</item>
/// <item>Go's null rules: null leaves a non-pointer scalar or struct field at its zero value,
/// and a null list element or map value is the element type's zero value. System.Text.Json
/// would instead throw or store null, so such documents are rewritten before decoding.</item>
/// </list>
/// Values of types without properties (JsonElement, IntOrString, Quantity, times) are opaque.
/// </summary>
internal sealed class JsonFieldWalker
{
    /// <summary>As upstream, strict errors stop accumulating at 100.</summary>
    private const int MaxStrictErrors = 100;

    private static readonly ConcurrentDictionary<JsonTypeInfo, Dictionary<string, JsonPropertyInfo>> s_properties = new();

    private readonly List<string> _errors = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly StringBuilder _path = new();
    private readonly Utf8JsonWriter? _writer;

    private JsonFieldWalker(Utf8JsonWriter? writer) => _writer = writer;

    private bool NeedsRewrite { get; set; }

    /// <summary>Returns the strict errors and, when Go's null rules change the document, the rewritten JSON.</summary>
    public static (IReadOnlyList<string> StrictErrors, byte[]? Rewritten) Walk(ReadOnlySpan<byte> json, JsonTypeInfo typeInfo)
    {
        var walker = new JsonFieldWalker(null);
        var reader = NewReader(json);
        reader.Read();
        walker.Value(ref reader, typeInfo);
        if (!walker.NeedsRewrite)
        {
            return (walker._errors, null);
        }

        using var output = new MemoryStream(json.Length);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true, MaxDepth = KubeJson.MaxDepth + 1 }))
        {
            var rewriter = new JsonFieldWalker(writer);
            reader = NewReader(json);
            reader.Read();
            rewriter.Value(ref reader, typeInfo);
        }

        return (walker._errors, output.ToArray());
    }

    private static Utf8JsonReader NewReader(ReadOnlySpan<byte> json) =>
        new(json, new JsonReaderOptions { MaxDepth = KubeJson.MaxDepth });

    private void Value(ref Utf8JsonReader reader, JsonTypeInfo? info)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject when info?.Kind == JsonTypeInfoKind.Object:
                Object(ref reader, info);
                break;
            case JsonTokenType.StartObject when info?.Kind == JsonTypeInfoKind.Dictionary:
                Map(ref reader, info);
                break;
            case JsonTokenType.StartArray when info?.Kind == JsonTypeInfoKind.Enumerable:
                List(ref reader, info);
                break;
            default:
                // Scalars, opaque values, and shapes that do not fit the type (decoding reports those).
                Copy(ref reader);
                break;
        }
    }

    private void Object(ref Utf8JsonReader reader, JsonTypeInfo info)
    {
        var properties = s_properties.GetOrAdd(info, static i =>
            i.Properties.Where(p => !p.IsExtensionData).ToDictionary(p => p.Name, StringComparer.Ordinal));
        var opaqueExtra = info.Properties.Any(p => p.IsExtensionData);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        _writer?.WriteStartObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var mark = Push(name);
            reader.Read();
            if (!seen.Add(name))
            {
                Report("duplicate field");
            }

            if (properties.TryGetValue(name, out var property))
            {
                if (reader.TokenType == JsonTokenType.Null && GoIgnoresNull(property))
                {
                    NeedsRewrite = true;
                }
                else
                {
                    _writer?.WritePropertyName(name);
                    Value(ref reader, info.Options.GetTypeInfo(property.PropertyType));
                }
            }
            else
            {
                if (!opaqueExtra)
                {
                    Report("unknown field");
                }

                _writer?.WritePropertyName(name);
                Copy(ref reader);
            }

            Pop(mark);
        }

        _writer?.WriteEndObject();
    }

    private void Map(ref Utf8JsonReader reader, JsonTypeInfo info)
    {
        var element = info.Options.GetTypeInfo(info.ElementType!);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        _writer?.WriteStartObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var mark = Push(key);
            reader.Read();
            if (!seen.Add(key))
            {
                Report("duplicate field");
            }

            _writer?.WritePropertyName(key);
            Element(ref reader, element);
            Pop(mark);
        }

        _writer?.WriteEndObject();
    }

    private void List(ref Utf8JsonReader reader, JsonTypeInfo info)
    {
        var element = info.Options.GetTypeInfo(info.ElementType!);
        _writer?.WriteStartArray();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var mark = _path.Length;
            _path.Append('[').Append(index++).Append(']');
            Element(ref reader, element);
            Pop(mark);
        }

        _writer?.WriteEndArray();
    }

    /// <summary>A list element or map value: null becomes the element type's Go zero value.</summary>
    private void Element(ref Utf8JsonReader reader, JsonTypeInfo element)
    {
        if (reader.TokenType != JsonTokenType.Null)
        {
            Value(ref reader, element);
            return;
        }

        var zero = ZeroValue(element);
        if (zero is null)
        {
            _writer?.WriteNullValue();
            return;
        }

        NeedsRewrite = true;
        _writer?.WriteRawValue(zero, skipInputValidation: true);
    }

    private static string? ZeroValue(JsonTypeInfo info)
    {
        var type = info.Type;
        if (type == typeof(string))
        {
            return "\"\"";
        }

        if (type == typeof(bool))
        {
            return "false";
        }

        if (type.IsPrimitive || type == typeof(decimal))
        {
            return "0";
        }

        return info.Kind == JsonTypeInfoKind.Object ? "{}" : null;
    }

    /// <summary>
    /// Go leaves non-pointer fields alone on null; in C# those are non-nullable value types
    /// and reference properties declared non-nullable (<c>string X = ""</c>, <c>T X = new()</c>).
    /// </summary>
    private static bool GoIgnoresNull(JsonPropertyInfo property)
    {
        var type = property.PropertyType;
        if (type == typeof(JsonElement))
        {
            return false;
        }

        return type.IsValueType ? Nullable.GetUnderlyingType(type) is null : !property.IsSetNullable;
    }

    private void Copy(ref Utf8JsonReader reader)
    {
        if (_writer is null)
        {
            reader.Skip();
            return;
        }

        using var document = JsonDocument.ParseValue(ref reader);
        document.RootElement.WriteTo(_writer);
    }

    private int Push(string name)
    {
        var mark = _path.Length;
        if (mark > 0)
        {
            _path.Append('.');
        }

        _path.Append(name);
        return mark;
    }

    private void Pop(int mark) => _path.Length = mark;

    private void Report(string what)
    {
        if (_writer is not null || _errors.Count >= MaxStrictErrors)
        {
            return;
        }

        var path = _path.ToString().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        var message = $"{what} \"{path}\"";
        if (_seen.Add(message))
        {
            _errors.Add(message);
        }
    }
}
