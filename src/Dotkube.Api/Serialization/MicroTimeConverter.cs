using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dotkube.Api.Serialization;

/// <summary>
/// metav1.MicroTime: RFC 3339 in UTC with exactly six fractional digits
/// ("2024-05-01T10:00:00.123456Z"). Put it on a property with <c>[JsonConverter]</c>.
/// </summary>
public sealed class MicroTimeConverter : JsonConverter<DateTimeOffset>
{
    public const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'";

    public override bool HandleNull => true;

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? default : TimeConverter.Parse(ref reader);

    /// <summary>The zero time is null, as for <see cref="TimeConverter"/>.</summary>
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        if (value == default)
        {
            writer.WriteNullValue();
            return;
        }

        Span<char> buffer = stackalloc char[27];
        value.UtcDateTime.TryFormat(buffer, out var written, Format, CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }
}
