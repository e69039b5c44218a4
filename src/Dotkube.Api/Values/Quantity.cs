using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dotkube.Api.Values;

/// <summary>
/// resource.Quantity: an exact fixed-point number with a suffix ("100m", "1Gi", "1e3").
/// Immutable. The value is held as <c>mantissa * 10^exponent</c> with the mantissa stripped of
/// trailing zeros, so two quantities are equal exactly when their values are ("5Gi" equals
/// "5120Mi", "1" equals "1000m"), whatever their formats or written forms.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> is the canonical form upstream serializes (see Quantity.Formatting.cs),
/// except that, as upstream, a parsed string that already looks canonical is kept verbatim
/// (so "+1" and "01" are written back as given).
/// </remarks>
[JsonConverter(typeof(QuantityConverter))]
public sealed partial class Quantity : IEquatable<Quantity>, IComparable<Quantity>
{
    private readonly BigInteger _mantissa;
    private readonly long _exponent;
    private readonly string? _text;

    private Quantity(BigInteger mantissa, long exponent, QuantityFormat format, string? text = null)
    {
        (_mantissa, _exponent) = Normalize(mantissa, exponent);
        Format = format;
        _text = text;
    }

    /// <summary>Zero, written "0".</summary>
    public static Quantity Zero { get; } = new(BigInteger.Zero, 0, QuantityFormat.DecimalSI);

    public QuantityFormat Format { get; }

    public bool IsZero => _mantissa.IsZero;

    /// <summary>-1, 0 or 1.</summary>
    public int Sign => _mantissa.Sign;

    /// <summary>NewQuantity: <paramref name="value"/> in the given format.</summary>
    public static Quantity FromInt64(long value, QuantityFormat format = QuantityFormat.DecimalSI) =>
        new(value, 0, format);

    /// <summary>
    /// NewMilliQuantity: <paramref name="milliValue"/>/1000. As upstream, a BinarySI value that is
    /// not a whole number is written in DecimalSI ("1024m").
    /// </summary>
    public static Quantity FromMilli(long milliValue, QuantityFormat format = QuantityFormat.DecimalSI) =>
        new(milliValue, -3, format);

    /// <summary>NewScaledQuantity: <c>value * 10^scale</c> in DecimalSI.</summary>
    public static Quantity FromScaled(long value, int scale) => new(value, scale, QuantityFormat.DecimalSI);

    public bool Equals(Quantity? other) =>
        other is not null && _exponent == other._exponent && _mantissa == other._mantissa;

    public override bool Equals(object? obj) => Equals(obj as Quantity);

    public override int GetHashCode() => HashCode.Combine(_mantissa, _exponent);

    public static bool operator ==(Quantity? left, Quantity? right) =>
        left is null ? right is null : left.Equals(right);

    public static bool operator !=(Quantity? left, Quantity? right) => !(left == right);

    public override string ToString() => _text ?? FormatCanonical();

    /// <summary>Moves factors of ten from the mantissa into the exponent; zero is (0, 0).</summary>
    private static (BigInteger Mantissa, long Exponent) Normalize(BigInteger mantissa, long exponent)
    {
        if (mantissa.IsZero)
        {
            return (BigInteger.Zero, 0);
        }

        while (true)
        {
            var quotient = BigInteger.DivRem(mantissa, 10, out var remainder);
            if (!remainder.IsZero)
            {
                return (mantissa, exponent);
            }

            mantissa = quotient;
            exponent++;
        }
    }
}

/// <summary>
/// Reads a string (or a bare number, as upstream tolerates), trimming surrounding whitespace as
/// upstream's UnmarshalJSON does; writes <see cref="Quantity.ToString"/>.
/// </summary>
internal sealed class QuantityConverter : JsonConverter<Quantity>
{
    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString()!,
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            _ => throw new JsonException($"quantities must be strings or numbers, got {reader.TokenType}"),
        };
        return Quantity.TryParse(text.Trim(), out var quantity, out var error)
            ? quantity
            : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
