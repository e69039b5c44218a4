using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;
using Dotkube.Api.Values;

namespace Dotkube.Api.OpenApi;

internal sealed partial class SchemaBuilder
{
    /// <summary>How a value is written, which decides upstream's "default" and $ref wrapping.</summary>
    private enum Shape
    {
        Scalar,

        /// <summary>A struct of fields: a $ref, "default": {} where Go has a non-pointer struct.</summary>
        Struct,

        /// <summary>A $ref to a hand-written definition (Time, Quantity, ...): never a default.</summary>
        Special,
        Array,
        Map,
    }

    private (JsonObject Schema, bool Required) PropertySchema(Type owner, JsonPropertyInfo property)
    {
        var underlying = Nullable.GetUnderlyingType(property.PropertyType);
        var type = underlying ?? property.PropertyType;
        var nullable = underlying is not null || (!type.IsValueType && property.IsGetNullable);
        var (value, shape) = Value(type, owner, property.Name, IsMicroTime(property));

        // Upstream keeps every key beside a $ref inside an allOf wrapper (OpenAPI 3.0 ignores $ref siblings).
        var extra = new JsonObject();
        if (!nullable && shape == Shape.Struct)
        {
            extra["default"] = new JsonObject();
        }
        else if (!nullable && shape == Shape.Scalar && ZeroValue(type) is { } zero)
        {
            extra["default"] = zero;
        }

        var member = Member(property);
        if (member?.DeclaringType is { } declaring
            && (StandardDescriptions.Find(declaring, member.Name) ?? docs.Property(declaring, member.Name)) is { } description)
        {
            extra["description"] = description;
        }

        var mergeKey = Attribute<PatchMergeKeyAttribute>(property)?.Key;
        var strategy = Attribute<PatchStrategyAttribute>(property)?.Strategy;
        if (shape == Shape.Array)
        {
            ListTypes.Describe(extra, owner, property.Name, strategy, mergeKey);
        }

        if (mergeKey is not null)
        {
            extra["x-kubernetes-patch-merge-key"] = mergeKey;
        }

        if (strategy is not null)
        {
            extra["x-kubernetes-patch-strategy"] = strategy;
        }

        var schema = shape is Shape.Struct or Shape.Special ? WrapRef(value, extra) : Merge(value, extra);
        // metav1.Time and MicroTime are Go structs: a non-pointer one is required only where listed.
        var required = nullable ? RequiredFields.IsRequiredPointer(owner, property.Name)
            : shape == Shape.Struct || type == typeof(DateTimeOffset) ? RequiredFields.IsRequiredStruct(owner, property.Name)
            : !RequiredFields.IsOptionalValue(owner, property.Name);
        return (schema, required);
    }

    /// <summary>An array item or map value: Go elements are never pointers, so they carry defaults.</summary>
    private JsonObject Element(Type type, Type owner, string jsonName)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        type = underlying ?? type;
        if (SchemaNames.IsJsonElement(type) && owner == typeof(TableRow))
        {
            // Table cells are free-form values, written inline upstream.
            return new JsonObject { ["type"] = "object" };
        }

        var (value, shape) = Value(type, owner, jsonName, microTime: false);
        return shape switch
        {
            Shape.Struct when underlying is null => WrapRef(value, new JsonObject { ["default"] = new JsonObject() }),
            Shape.Scalar when underlying is null && ZeroValue(type) is { } zero => Merge(value, new JsonObject { ["default"] = zero }),
            _ => value,
        };
    }

    private (JsonObject Schema, Shape Shape) Value(Type type, Type owner, string jsonName, bool microTime)
    {
        if (Scalar(type) is { } scalar)
        {
            return (scalar, Shape.Scalar);
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return (RefWellKnown(microTime ? SchemaNames.MicroTime : SchemaNames.Time), Shape.Special);
        }

        if (SchemaNames.IsJsonElement(type) || type == typeof(JsonNode) || type == typeof(JsonObject))
        {
            return (RefWellKnown(SchemaNames.OfJsonElement(owner, jsonName)), Shape.Special);
        }

        if (type == typeof(Quantity) || type == typeof(IntOrString))
        {
            return (RefWellKnown(SchemaNames.Of(type)), Shape.Special);
        }

        if (MapValueType(type) is { } valueType)
        {
            return (new JsonObject { ["additionalProperties"] = Element(valueType, owner, jsonName), ["type"] = "object" }, Shape.Map);
        }

        if (ItemType(type) is { } itemType)
        {
            return (new JsonObject { ["items"] = Element(itemType, owner, jsonName), ["type"] = "array" }, Shape.Array);
        }

        return (Ref(type), Shape.Struct);
    }

    private static JsonObject? Scalar(Type type) => type switch
    {
        _ when type == typeof(string) || type.IsEnum => new JsonObject { ["type"] = "string" },
        _ when type == typeof(bool) => new JsonObject { ["type"] = "boolean" },
        _ when type == typeof(int) => new JsonObject { ["format"] = "int32", ["type"] = "integer" },
        _ when type == typeof(long) => new JsonObject { ["format"] = "int64", ["type"] = "integer" },
        _ when type == typeof(double) => new JsonObject { ["format"] = "double", ["type"] = "number" },
        _ when type == typeof(float) => new JsonObject { ["format"] = "float", ["type"] = "number" },
        _ when type == typeof(byte[]) => new JsonObject { ["format"] = "byte", ["type"] = "string" },
        _ => null,
    };

    /// <summary>Go's zero value, which upstream writes as the default of a non-omitempty scalar.</summary>
    private static JsonNode? ZeroValue(Type type) => type switch
    {
        _ when type == typeof(string) || type.IsEnum => JsonValue.Create(""),
        _ when type == typeof(bool) => JsonValue.Create(false),
        _ when type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(float) => JsonValue.Create(0),
        _ => null,
    };

    private static Type? MapValueType(Type type)
    {
        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)
            ? type.GetGenericArguments()[1]
            : null;
    }

    private static Type? ItemType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>)
            || definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static bool IsMicroTime(JsonPropertyInfo property) =>
        property.CustomConverter is MicroTimeConverter
        || Attribute<JsonConverterAttribute>(property)?.ConverterType == typeof(MicroTimeConverter);

    private static JsonObject WrapRef(JsonObject reference, JsonObject extra)
    {
        if (extra.Count == 0)
        {
            return reference;
        }

        extra["allOf"] = new JsonArray(reference);
        return extra;
    }

    private static JsonObject Merge(JsonObject value, JsonObject extra)
    {
        foreach (var key in extra.Select(p => p.Key).ToArray())
        {
            var node = extra[key];
            extra.Remove(key);
            value[key] = node;
        }

        return value;
    }
}
