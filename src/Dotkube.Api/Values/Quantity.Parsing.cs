using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace Dotkube.Api.Values;

public sealed partial class Quantity
{
    /// <summary>Upstream's ErrFormatWrong text (the regex is only the message; the scanner below decides).</summary>
    public const string FormatWrongMessage =
        "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

    /// <summary>Upstream's ErrNumeric text.</summary>
    public const string NumericMessage = "unable to parse numeric part of quantity";

    /// <summary>Upstream's ErrSuffix text.</summary>
    public const string SuffixMessage = "unable to parse quantity's suffix";

    private const string SuffixLetters = "eEinumkKMGTP";

    /// <summary>ParseQuantity; throws <see cref="FormatException"/> with upstream's error text.</summary>
    public static Quantity Parse(string text) =>
        TryParse(text, out var quantity, out var error) ? quantity : throw new FormatException(error);

    public static bool TryParse(string? text, [NotNullWhen(true)] out Quantity? quantity) =>
        TryParse(text, out quantity, out _);

    /// <summary>
    /// ParseQuantity. No whitespace is allowed (callers decoding JSON trim first, as upstream).
    /// Values finer than 1n are rounded up to 1n (away from zero), BinarySI values are capped at
    /// 2^63-1, and a BinarySI value strictly between 0 and 1 becomes DecimalSI, all as upstream.
    /// </summary>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out Quantity? quantity,
        [NotNullWhen(false)] out string? error)
    {
        quantity = null;
        if (string.IsNullOrEmpty(text))
        {
            error = FormatWrongMessage;
            return false;
        }

        if (text == "0")
        {
            quantity = new Quantity(BigInteger.Zero, 0, QuantityFormat.DecimalSI, "0");
            error = null;
            return true;
        }

        if (!Scan(text, out var scanned))
        {
            error = FormatWrongMessage;
            return false;
        }

        if (!TryInterpretSuffix(scanned.Suffix, out var isBinary, out var exponent, out var format))
        {
            error = SuffixMessage;
            return false;
        }

        var digits = scanned.Num + scanned.Denom;
        var fastPath = IsFastPath(scanned, isBinary, exponent, out var keepText);

        // Outside upstream's int64 fast path the number is read by inf.Dec, which rejects a
        // numeric part without digits: "Pi" and ".e-10" fail here while "Gi" and "m" parse as 0.
        if (!fastPath && !scanned.HasDigit)
        {
            error = NumericMessage;
            return false;
        }

        var mantissa = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        long exponent10 = -scanned.Denom.Length;
        if (isBinary)
        {
            mantissa <<= exponent;
        }
        else
        {
            exponent10 += exponent;
        }

        if (!scanned.Positive)
        {
            mantissa = -mantissa;
        }

        (mantissa, exponent10) = RoundUpToNano(mantissa, exponent10);
        if (format == QuantityFormat.BinarySI)
        {
            // Binary values never carry a positive exponent here (only fraction digits), so the
            // cap compares against 2^63-1 scaled to the same exponent.
            if (BigInteger.Abs(mantissa) > long.MaxValue * BigInteger.Pow(10, (int)-exponent10))
            {
                mantissa = mantissa.Sign * (BigInteger)long.MaxValue;
                exponent10 = 0;
            }

            if (exponent10 < 0 && BigInteger.Abs(mantissa) < BigInteger.Pow(10, (int)-exponent10))
            {
                format = QuantityFormat.DecimalSI;
            }
        }

        quantity = new Quantity(mantissa, exponent10, format, keepText ? text : null);
        error = null;
        return true;
    }

    /// <summary>
    /// Mirrors upstream's choice between its int64 fast path and inf.Dec. Only the fast path
    /// remembers the input text, and only when the text is already canonical-looking: a decimal
    /// scale that is a multiple of 3 with no "000" tail or leading zero digit, or a binary
    /// numeral not divisible by 8.
    /// </summary>
    private static bool IsFastPath(in ScannedQuantity scanned, bool isBinary, int exponent, out bool keepText)
    {
        keepText = false;
        var shifted = scanned.Num + scanned.Denom;
        if (isBinary)
        {
            if (scanned.Denom.Length != 0 || 15 - scanned.Num.Length - (exponent * 3 / 10) - 1 < 0)
            {
                return false;
            }

            keepText = (long.Parse(shifted, CultureInfo.InvariantCulture) & 0x07) != 0;
            return true;
        }

        var precision = 18 - shifted.Length;
        var scale = (long)exponent - scanned.Denom.Length;
        if (precision < 0 || scale < -9)
        {
            return false;
        }

        keepText = scale % 3 == 0 && !shifted.EndsWith("000", StringComparison.Ordinal) && shifted[0] != '0';
        return true;
    }

    /// <summary>Upstream rounds any non-zero value finer than 1n up (away from zero) to the next nano.</summary>
    private static (BigInteger, long) RoundUpToNano(BigInteger mantissa, long exponent)
    {
        if (mantissa.IsZero || exponent >= -9)
        {
            return (mantissa, exponent);
        }

        var drop = -9 - exponent;
        var magnitude = BigInteger.Abs(mantissa);
        if (drop > DecimalDigits(magnitude))
        {
            return (mantissa.Sign, -9);
        }

        var quotient = BigInteger.DivRem(magnitude, BigInteger.Pow(10, (int)drop), out var remainder);
        if (!remainder.IsZero)
        {
            quotient += 1;
        }

        return (mantissa.Sign * quotient, -9);
    }

    /// <summary>Suffix lookup as upstream's suffixer: exact tables first, then e/E exponents within ±MaxInt32.</summary>
    private static bool TryInterpretSuffix(string suffix, out bool isBinary, out int exponent, out QuantityFormat format)
    {
        isBinary = false;
        format = QuantityFormat.DecimalSI;
        (bool Binary, int Exponent)? known = suffix switch
        {
            "" => (false, 0),
            "n" => (false, -9),
            "u" => (false, -6),
            "m" => (false, -3),
            "k" => (false, 3),
            "M" => (false, 6),
            "G" => (false, 9),
            "T" => (false, 12),
            "P" => (false, 15),
            "E" => (false, 18),
            "Ki" => (true, 10),
            "Mi" => (true, 20),
            "Gi" => (true, 30),
            "Ti" => (true, 40),
            "Pi" => (true, 50),
            "Ei" => (true, 60),
            _ => null,
        };
        if (known is { } pair)
        {
            isBinary = pair.Binary;
            exponent = pair.Exponent;
            format = pair.Binary ? QuantityFormat.BinarySI : QuantityFormat.DecimalSI;
            return true;
        }

        exponent = 0;
        if (suffix.Length > 1 && suffix[0] is 'e' or 'E'
            && GoStrings.TryParseInt64(suffix[1..], out var parsed)
            && parsed is >= -int.MaxValue and <= int.MaxValue)
        {
            exponent = (int)parsed;
            format = QuantityFormat.DecimalExponent;
            return true;
        }

        return false;
    }

    /// <summary>
    /// upstream parseQuantityString: optional sign, leading zeros dropped, integer digits, an
    /// optional '.' with fraction digits, then suffix letters, an optional sign and digits.
    /// Anything left over is a format error.
    /// </summary>
    private static bool Scan(string text, out ScannedQuantity scanned)
    {
        var positive = true;
        var pos = 0;
        var end = text.Length;
        if (text[0] is '-' or '+')
        {
            positive = text[0] == '+';
            pos++;
        }

        while (pos < end && text[pos] == '0')
        {
            pos++;
        }

        if (pos >= end)
        {
            scanned = new ScannedQuantity(positive, "0", "", "", true);
            return true;
        }

        var numStart = pos;
        while (pos < end && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        var num = text[numStart..pos];
        if (num.Length == 0)
        {
            num = "0";
        }

        var denom = "";
        if (pos < end && text[pos] == '.')
        {
            var denomStart = ++pos;
            while (pos < end && char.IsAsciiDigit(text[pos]))
            {
                pos++;
            }

            denom = text[denomStart..pos];
        }

        var hasDigit = text.AsSpan(0, pos).ContainsAnyInRange('0', '9');
        var suffixStart = pos;
        while (pos < end && SuffixLetters.Contains(text[pos], StringComparison.Ordinal))
        {
            pos++;
        }

        if (pos < end && text[pos] is '-' or '+')
        {
            pos++;
        }

        while (pos < end && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        scanned = new ScannedQuantity(positive, num, denom, text[suffixStart..], hasDigit);
        return pos == end;
    }

    private static int DecimalDigits(BigInteger magnitude) =>
        magnitude.IsZero ? 1 : magnitude.ToString(CultureInfo.InvariantCulture).Length;

    private readonly record struct ScannedQuantity(bool Positive, string Num, string Denom, string Suffix, bool HasDigit);
}
