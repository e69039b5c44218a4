using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>
/// true/false read as <see cref="JSONSchemaPropsOrBool.Allows"/>; an object reads as the schema with
/// allows = true. Anything else fails with upstream's message. Writes the schema when set, else the bool.
/// </summary>
public sealed class JSONSchemaPropsOrBoolConverter : JsonConverter<JSONSchemaPropsOrBool>
{
    public override JSONSchemaPropsOrBool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.True => new JSONSchemaPropsOrBool { Allows = true },
            JsonTokenType.False => new JSONSchemaPropsOrBool { Allows = false },
            JsonTokenType.StartObject => new JSONSchemaPropsOrBool { Allows = true, Schema = SchemaPropsJson.Read(ref reader, options) },
            _ => throw new JsonException("boolean or JSON schema expected"),
        };

    public override void Write(Utf8JsonWriter writer, JSONSchemaPropsOrBool value, JsonSerializerOptions options)
    {
        if (value.Schema is { } schema)
        {
            SchemaPropsJson.Write(writer, schema, options);
        }
        else
        {
            writer.WriteBooleanValue(value.Allows);
        }
    }
}
