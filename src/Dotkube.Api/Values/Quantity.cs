using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dotkube.Api.Values;

/// <summary>
/// resource.Quantity ("100m", "1Gi", "1e3"). Written as its canonical string.
/// TEMPORARY SHAPE: the full parser/arithmetic lands with the values work of issue 2.
/// </summary>
[JsonConverter(typeof(QuantityConverter))]
public sealed class Quantity : IEquatable<Quantity>
{
    private readonly string _text;

    private Quantity(string text) => _text = text;

    public static Quantity Parse(string text) => new(text.Trim());

    public bool Equals(Quantity? other) => other is not null && other._text == _text;

    public override bool Equals(object? obj) => Equals(obj as Quantity);

    public override int GetHashCode() => _text.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => _text;
}

/// <summary>Reads a string (or a bare number, as upstream tolerates); writes the canonical form.</summary>
internal sealed class QuantityConverter : JsonConverter<Quantity>
{
    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => Quantity.Parse(reader.GetString()!),
            JsonTokenType.Number => Quantity.Parse(System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
            _ => throw new JsonException($"quantities must be strings or numbers, got {reader.TokenType}"),
        };

    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
