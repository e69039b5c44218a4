using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>Reads and writes nested schemas through the source-generated metadata the converters are given.</summary>
internal static class SchemaPropsJson
{
    public static JSONSchemaProps Read(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, TypeInfo(options)) ?? new JSONSchemaProps();

    public static List<JSONSchemaProps> ReadArray(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var schemas = new List<JSONSchemaProps>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            schemas.Add(Read(ref reader, options));
        }

        return schemas;
    }

    public static void Write(Utf8JsonWriter writer, JSONSchemaProps schema, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, schema, TypeInfo(options));

    private static JsonTypeInfo<JSONSchemaProps> TypeInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<JSONSchemaProps>)options.GetTypeInfo(typeof(JSONSchemaProps));
}
