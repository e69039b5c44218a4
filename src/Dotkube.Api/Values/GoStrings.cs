using System.Globalization;
using System.Text;

namespace Dotkube.Api.Values;

/// <summary>
/// The few Go standard-library behaviours whose text or syntax shows through upstream's
/// messages: strconv.ParseInt/Atoi syntax and errors, and %q quoting.
/// </summary>
public static class GoStrings
{
    /// <summary>strconv.ParseInt(s, 10, 64): optional sign, at least one ASCII digit, nothing else.</summary>
    public static bool TryParseInt64(string text, out long value) => TryParseInt64(text, out value, out _);

    /// <summary>As <see cref="TryParseInt64(string, out long)"/>; <paramref name="outOfRange"/> tells a range error from a syntax error.</summary>
    public static bool TryParseInt64(string text, out long value, out bool outOfRange)
    {
        value = 0;
        outOfRange = false;
        var digits = text.AsSpan();
        if (digits.Length > 0 && digits[0] is '+' or '-')
        {
            digits = digits[1..];
        }

        if (digits.Length == 0)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        outOfRange = true;
        return false;
    }

    /// <summary>The error text of strconv.Atoi for <paramref name="text"/>, or null when it parses.</summary>
    public static string? AtoiError(string text) =>
        TryParseInt64(text, out _, out var outOfRange)
            ? null
            : $"strconv.Atoi: parsing {Quote(text)}: {(outOfRange ? "value out of range" : "invalid syntax")}";

    /// <summary>Go's %q / strconv.Quote: escapes for quote, backslash and control characters, \u/\U for runes Go does not print.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\a': quoted.Append("\\a"); break;
                case '\b': quoted.Append("\\b"); break;
                case '\f': quoted.Append("\\f"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\v': quoted.Append("\\v"); break;
                default:
                    if (rune.Value < 0x20 || rune.Value == 0x7f)
                    {
                        quoted.Append(CultureInfo.InvariantCulture, $"\\x{rune.Value:x2}");
                    }
                    else if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
                        or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                    {
                        quoted.Append(rune.Value > 0xffff
                            ? string.Create(CultureInfo.InvariantCulture, $"\\U{rune.Value:x8}")
                            : string.Create(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}"));
                    }
                    else
                    {
                        quoted.Append(rune.ToString());
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
