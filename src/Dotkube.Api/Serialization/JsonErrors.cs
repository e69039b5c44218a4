using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Dotkube.Api.Meta;

namespace Dotkube.Api.Serialization;

/// <summary>
/// Words System.Text.Json failures as upstream's decoder does: syntax errors with their
/// position, and type mismatches as encoding/json's UnmarshalTypeError
/// ("json: cannot unmarshal number into Go struct field EnvVar.spec.containers.env.value of type string":
/// the struct holding the last field, the struct fields on the way without list indexes or map keys).
/// </summary>
internal static partial class JsonErrors
{
    public static string GoValueName(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "bool",
        _ => "null",
    };

    /// <summary>The reader's message with a 1-based line and column instead of its 0-based suffix.</summary>
    public static string Syntax(JsonException e)
    {
        var message = PositionSuffix().Replace(e.Message, "").TrimEnd('.', ' ');
        return e.LineNumber is { } line && e.BytePositionInLine is { } column
            ? $"{message} (line {line + 1}, column {column + 1})"
            : message;
    }

    /// <summary>The message for a failed typed decode of <paramref name="json"/> into <paramref name="root"/>.</summary>
    public static string Describe(Exception e, ReadOnlySpan<byte> json, JsonTypeInfo root)
    {
        if (e is not JsonException { Path: { } path } jsonError || !IsDefaultMessage(jsonError))
        {
            // A converter's own words (quantities, times, int-or-string) are already precise.
            return e is JsonException { Path: { } where } && !e.Message.Contains("Path:", StringComparison.Ordinal)
                ? $"{e.Message} (at {where.TrimStart('$', '.')})"
                : e.Message;
        }

        var segments = ParsePath(path);
        var info = root;
        string? structName = null;
        var fields = new List<string>();
        foreach (var segment in segments)
        {
            if (segment is string name && info.Kind == JsonTypeInfoKind.Object)
            {
                var property = info.Properties.FirstOrDefault(p => p.Name == name);
                if (property is null)
                {
                    break;
                }

                structName = GoTypeName(info.Type, qualified: false);
                fields.Add(name);
                info = info.Options.GetTypeInfo(property.PropertyType);
            }
            else if (info.ElementType is { } element)
            {
                info = info.Options.GetTypeInfo(element);
            }
        }

        var value = ValueAt(json, segments, info.Type);
        var target = GoTypeName(info.Type, qualified: true);
        return structName is null
            ? $"json: cannot unmarshal {value} into Go value of type {target}"
            : $"json: cannot unmarshal {value} into Go struct field {structName}.{string.Join('.', fields)} of type {target}";
    }

    private static bool IsDefaultMessage(JsonException e) =>
        e.Message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal);

    /// <summary>"$.spec.containers[0]['odd.key']" into names and indexes.</summary>
    private static List<object> ParsePath(string path)
    {
        var segments = new List<object>();
        foreach (Match m in PathSegment().Matches(path))
        {
            if (m.Groups["index"].Success)
            {
                segments.Add(int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                segments.Add(m.Groups["quoted"].Success ? m.Groups["quoted"].Value.Replace("\\'", "'", StringComparison.Ordinal) : m.Groups["name"].Value);
            }
        }

        return segments;
    }

    /// <summary>What encoding/json calls the offending value: "number", "number 1.5" for a bad integer, "string", ...</summary>
    private static string ValueAt(ReadOnlySpan<byte> json, List<object> segments, Type target)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = KubeJson.MaxDepth });
            var element = document.RootElement;
            foreach (var segment in segments)
            {
                element = segment is int i ? element[i] : element.GetProperty((string)segment);
            }

            var underlying = Nullable.GetUnderlyingType(target) ?? target;
            return element.ValueKind switch
            {
                JsonValueKind.Object => "object",
                JsonValueKind.Array => "array",
                JsonValueKind.String => "string",
                JsonValueKind.True or JsonValueKind.False => "bool",
                JsonValueKind.Number when underlying.IsPrimitive => "number " + element.GetRawText(),
                JsonValueKind.Number => "number",
                _ => "null",
            };
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or JsonException)
        {
            return "value";
        }
    }

    /// <summary>The Go type upstream would name: int32, []v1.Container, map[string]string, v1.PodSpec.</summary>
    public static string GoTypeName(Type type, bool qualified)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var simple = type switch
        {
            _ when type == typeof(string) => "string",
            _ when type == typeof(int) => "int32",
            _ when type == typeof(long) => "int64",
            _ when type == typeof(bool) => "bool",
            _ when type == typeof(double) => "float64",
            _ when type == typeof(float) => "float32",
            _ when type == typeof(byte[]) => "[]uint8",
            _ when type == typeof(DateTimeOffset) => qualified ? "v1.Time" : "Time",
            _ when type == typeof(JsonElement) => "interface {}",
            _ => null,
        };
        if (simple is not null)
        {
            return simple;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KubeList<>))
        {
            var item = type.GetGenericArguments()[0];
            return (qualified ? PackageOf(item) + "." : "") + item.Name + "List";
        }

        if (type.IsGenericType && type.GetGenericArguments() is [var key, var value] && key == typeof(string))
        {
            return "map[string]" + GoTypeName(value, qualified: true);
        }

        if (type.IsGenericType && type.GetGenericArguments() is [var element])
        {
            return "[]" + GoTypeName(element, qualified: true);
        }

        return qualified ? $"{PackageOf(type)}.{type.Name}" : type.Name;
    }

    /// <summary>Go package name: the version folder ("v1", "v2"); intstr and resource for the value types.</summary>
    private static string PackageOf(Type type) => type.Name switch
    {
        "IntOrString" => "intstr",
        "Quantity" => "resource",
        _ => type.Namespace?.EndsWith(".Meta", StringComparison.Ordinal) == true
            ? "v1"
            : type.Namespace?[(type.Namespace.LastIndexOf('.') + 1)..].ToLowerInvariant() ?? "",
    };

    [GeneratedRegex(@"\s*(Path: .*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$")]
    private static partial Regex PositionSuffix();

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^'\\]|\\.)*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex PathSegment();
}
