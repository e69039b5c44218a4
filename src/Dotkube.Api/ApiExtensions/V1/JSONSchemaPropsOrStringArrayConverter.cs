using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>
/// An object reads as <see cref="JSONSchemaPropsOrStringArray.Schema"/>, an array of strings as
/// <see cref="JSONSchemaPropsOrStringArray.Property"/>; as upstream, any other value reads as empty.
/// Writes the names when there are any, else the schema (null when neither is set).
/// </summary>
public sealed class JSONSchemaPropsOrStringArrayConverter : JsonConverter<JSONSchemaPropsOrStringArray>
{
    /// <summary>
    /// The union is a non-pointer map value upstream (dependencies), where Go hands null to the
    /// union's own decoder and gets an empty union; reading null as empty keeps that round trip.
    /// </summary>
    public override bool HandleNull => true;

    public override JSONSchemaPropsOrStringArray Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = new JSONSchemaPropsOrStringArray();
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                value.Schema = SchemaPropsJson.Read(ref reader, options);
                break;
            case JsonTokenType.StartArray:
                value.Property = ReadStrings(ref reader);
                break;
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, JSONSchemaPropsOrStringArray value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else if (value.Property is { Count: > 0 } names)
        {
            writer.WriteStartArray();
            foreach (var name in names)
            {
                writer.WriteStringValue(name);
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

    private static List<string> ReadStrings(ref Utf8JsonReader reader)
    {
        var names = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"cannot unmarshal {reader.TokenType} into a string");
            }

            names.Add(reader.GetString()!);
        }

        return names;
    }
}
