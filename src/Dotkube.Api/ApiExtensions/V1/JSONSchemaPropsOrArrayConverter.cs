using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>
/// An object reads as <see cref="JSONSchemaPropsOrArray.Schema"/>, an array as
/// <see cref="JSONSchemaPropsOrArray.JSONSchemas"/>; as upstream, any other value reads as empty.
/// Writes the array when it has items, else the schema (null when neither is set).
/// </summary>
public sealed class JSONSchemaPropsOrArrayConverter : JsonConverter<JSONSchemaPropsOrArray>
{
    public override JSONSchemaPropsOrArray Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = new JSONSchemaPropsOrArray();
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                value.Schema = SchemaPropsJson.Read(ref reader, options);
                break;
            case JsonTokenType.StartArray:
                value.JSONSchemas = SchemaPropsJson.ReadArray(ref reader, options);
                break;
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, JSONSchemaPropsOrArray value, JsonSerializerOptions options)
    {
        if (value.JSONSchemas is { Count: > 0 } schemas)
        {
            writer.WriteStartArray();
            foreach (var schema in schemas)
            {
                SchemaPropsJson.Write(writer, schema, options);
            }

            writer.WriteEndArray();
        }
        else if (value.Schema is { } schema)
        {
            SchemaPropsJson.Write(writer, schema, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
