using System.Text.Json.Nodes;

namespace Dotkube.Api.OpenApi;

/// <summary>
/// Definitions whose wire form is not an object of fields: they have custom JSON converters
/// upstream (and here), so their schemas are written by hand in upstream's v3 shape.
/// </summary>
internal static class WellKnownSchemas
{
    public static JsonObject? Find(string name) => name switch
    {
        // v3 documents allow a number too, because YAML and JSON clients send "cpu: 1".
        SchemaNames.Quantity => Described(
            "A fixed-point number with an optional SI, binary or exponent suffix, such as \"100m\", \"1.5Gi\" or \"2e3\"; always written in canonical form.",
            new JsonObject { ["oneOf"] = new JsonArray(Typed("string"), Typed("number")) }),
        SchemaNames.IntOrString => Described(
            "A value that is either a 32-bit integer or a string (a port number or name, a count or a percentage).",
            new JsonObject { ["format"] = "int-or-string", ["oneOf"] = new JsonArray(Typed("integer"), Typed("string")) }),
        SchemaNames.Time => Described(
            "An RFC 3339 timestamp in UTC with second precision.",
            new JsonObject { ["format"] = "date-time", ["type"] = "string" }),
        SchemaNames.MicroTime => Described(
            "An RFC 3339 timestamp in UTC with microsecond precision.",
            new JsonObject { ["format"] = "date-time", ["type"] = "string" }),
        SchemaNames.RawExtension => Described(
            "An embedded object kept as the client sent it, usually a complete API object with apiVersion and kind.",
            new JsonObject { ["type"] = "object" }),
        SchemaNames.FieldsV1 => Described(
            "The set of fields a manager owns, as a trie of field paths in the FieldsV1 format.",
            new JsonObject { ["type"] = "object" }),
        SchemaNames.Patch => Described(
            "The body of a PATCH request; its format is given by the request's content type.",
            new JsonObject { ["type"] = "object" }),
        SchemaNames.Json => Described(
            "Any JSON value: a boolean, number, string, array, object or null.",
            []),
        _ => null,
    };

    private static JsonObject Typed(string type) => new() { ["type"] = type };

    private static JsonObject Described(string description, JsonObject schema)
    {
        schema["description"] = description;
        return schema;
    }
}
