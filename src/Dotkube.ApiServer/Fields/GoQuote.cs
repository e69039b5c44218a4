using System.Globalization;
using System.Text;

namespace Dotkube.ApiServer.Fields;

/// <summary>
/// Go's %q (strconv.Quote) for the error messages that quote a field label: backslash escapes
/// for quote, backslash and control characters, \u/\U for non-printable runes, printable
/// Unicode as is.
/// </summary>
internal static class GoQuote
{
    public static string Quote(string value)
    {
        var b = new StringBuilder(value.Length + 2).Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\a': b.Append("\\a"); break;
                case '\b': b.Append("\\b"); break;
                case '\f': b.Append("\\f"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                case '\v': b.Append("\\v"); break;
                default:
                    if (rune.Value < 0x20 || rune.Value == 0x7F)
                    {
                        b.Append("\\x").Append(rune.Value.ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
                        or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                    {
                        b.Append(rune.Value <= 0xFFFF ? "\\u" + rune.Value.ToString("x4", CultureInfo.InvariantCulture) : "\\U" + rune.Value.ToString("x8", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        b.Append(rune.ToString());
                    }

                    break;
            }
        }

        return b.Append('"').ToString();
    }
}
