using System.Globalization;

using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Batch;

/// <summary>
/// Go's time.ParseDuration, for validation only: "1h30m", "2.5s", "-5m". Returns Go's error
/// text (<c>time: invalid duration "x"</c>) or null when the text parses.
/// </summary>
public static class GoDuration
{
    private static readonly Dictionary<string, decimal> UnitNanos = new(StringComparer.Ordinal)
    {
        ["ns"] = 1m,
        ["us"] = 1_000m,
        ["µs"] = 1_000m,
        ["μs"] = 1_000m,
        ["ms"] = 1_000_000m,
        ["s"] = 1_000_000_000m,
        ["m"] = 60_000_000_000m,
        ["h"] = 3_600_000_000_000m,
    };

    public static string? ParseError(string text)
    {
        var invalid = "time: invalid duration " + GoStrings.Quote(text);
        var s = text;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            s = s[1..];
        }

        if (s == "0")
        {
            return null;
        }

        if (s.Length == 0)
        {
            return invalid;
        }

        decimal total = 0;
        while (s.Length > 0)
        {
            var digits = 0;
            while (digits < s.Length && char.IsAsciiDigit(s[digits]))
            {
                digits++;
            }

            var end = digits;
            var fraction = 0;
            if (end < s.Length && s[end] == '.')
            {
                end++;
                while (end < s.Length && char.IsAsciiDigit(s[end]))
                {
                    end++;
                    fraction++;
                }
            }

            if (digits == 0 && fraction == 0)
            {
                return invalid;
            }

            var number = decimal.Parse("0" + s[..end], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            s = s[end..];
            var unitLength = 0;
            while (unitLength < s.Length && s[unitLength] != '.' && !char.IsAsciiDigit(s[unitLength]))
            {
                unitLength++;
            }

            if (unitLength == 0)
            {
                return "time: missing unit in duration " + GoStrings.Quote(text);
            }

            var unit = s[..unitLength];
            if (!UnitNanos.TryGetValue(unit, out var nanos))
            {
                return $"time: unknown unit {GoStrings.Quote(unit)} in duration {GoStrings.Quote(text)}";
            }

            s = s[unitLength..];
            total += number * nanos;
            if (total > long.MaxValue)
            {
                return invalid;
            }
        }

        return null;
    }
}
