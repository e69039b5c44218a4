using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dotkube.Api.Serialization;

/// <summary>
/// metav1.Time: RFC 3339 in UTC with whole seconds ("2024-05-01T10:00:00Z"). Reading accepts
/// any RFC 3339 offset and fraction; writing drops the fraction, as upstream does. As upstream,
/// the zero time of a required (non-nullable) field is written as null and null reads as zero.
/// </summary>
public sealed class TimeConverter : JsonConverter<DateTimeOffset>
{
    public const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'";

    public override bool HandleNull => true;

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? default : Parse(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        if (value == default)
        {
            writer.WriteNullValue();
            return;
        }

        Span<char> buffer = stackalloc char[20];
        value.UtcDateTime.TryFormat(buffer, out var written, Format, CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }

    internal static DateTimeOffset Parse(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected an RFC 3339 time string, got {reader.TokenType}");
        }

        var text = reader.GetString()!;
        if (!DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"],
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            throw new JsonException($"parsing time \"{text}\" as RFC 3339 failed");
        }

        return value.ToUniversalTime();
    }
}
