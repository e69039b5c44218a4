using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.OpenApi;

/// <summary>
/// Builds the components.schemas of one document: every definition reachable from the types
/// asked for, each written once under its upstream name. Walks the source-generated JSON
/// metadata, so a schema has exactly the keys the serializer writes.
/// </summary>
internal sealed partial class SchemaBuilder(KindTable kinds, XmlDocs docs)
{
    private readonly SortedDictionary<string, JsonObject?> _schemas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _owners = new(StringComparer.Ordinal);
    private readonly Queue<(string Name, Type Type)> _pending = new();

    /// <summary>A <c>$ref</c> to the definition of a class, queuing it for <see cref="Build"/>.</summary>
    public JsonObject Ref(Type type) => RefNamed(SchemaNames.Of(type), type);

    /// <summary>A <c>$ref</c> to a hand-written definition (<see cref="WellKnownSchemas"/>).</summary>
    public JsonObject RefWellKnown(string name) => RefNamed(name, null);

    /// <summary>Every definition referenced so far, and the ones they reference, by name.</summary>
    public SortedDictionary<string, JsonObject?> Build()
    {
        while (_pending.TryDequeue(out var next))
        {
            _schemas[next.Name] = ObjectSchema(next.Type);
        }

        return _schemas;
    }

    private JsonObject RefNamed(string name, Type? type)
    {
        if (!_schemas.ContainsKey(name))
        {
            var wellKnown = WellKnownSchemas.Find(name);
            _schemas[name] = wellKnown;
            if (wellKnown is null)
            {
                var owner = type ?? throw new InvalidOperationException($"no schema for {name}");
                _owners[name] = owner;
                _pending.Enqueue((name, owner));
            }
        }
        else if (type is not null && _owners.TryGetValue(name, out var owner) && owner != type)
        {
            throw new InvalidOperationException($"{type.FullName} and {owner.FullName} both map to {name}");
        }

        return new JsonObject { ["$ref"] = SchemaNames.RefPrefix + name };
    }

    private JsonObject ObjectSchema(Type type)
    {
        var schema = new JsonObject();
        if ((ListDescription(type) ?? docs.Type(type)) is { } description)
        {
            schema["description"] = description;
        }

        var info = KubeJson.TypeInfo(type);
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            // A custom converter owns the wire form (JSONSchemaPropsOrBool, ...): any value, as upstream.
            return schema;
        }

        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var property in info.Properties)
        {
            if (property.Get is null)
            {
                continue;
            }

            var (propertySchema, isRequired) = PropertySchema(type, property);
            properties[property.Name] = propertySchema;
            if (isRequired)
            {
                required.Add(property.Name);
            }
        }

        schema["properties"] = properties;
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        schema["type"] = "object";
        var gvks = kinds.For(type);
        if (gvks.Count > 0)
        {
            schema["x-kubernetes-group-version-kind"] = GvkList(gvks);
        }

        return schema;
    }

    /// <summary>The list kinds share one C# class, so their descriptions are written per kind.</summary>
    private static string? ListDescription(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KubeList<>)
            ? $"A list of {type.GetGenericArguments()[0].Name} objects."
            : null;

    private static JsonArray GvkList(IEnumerable<GroupVersionKind> gvks) =>
        new(gvks.Select(g => (JsonNode)Gvk(g)).ToArray());

    public static JsonObject Gvk(GroupVersionKind gvk) =>
        new() { ["group"] = gvk.Group, ["kind"] = gvk.Kind, ["version"] = gvk.Version };

    private static T? Attribute<T>(JsonPropertyInfo property)
        where T : Attribute =>
        property.AttributeProvider?.GetCustomAttributes(typeof(T), true).OfType<T>().FirstOrDefault();

    private static MemberInfo? Member(JsonPropertyInfo property) => property.AttributeProvider as MemberInfo;
}
