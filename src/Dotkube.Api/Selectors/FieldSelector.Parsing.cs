using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Dotkube.Api.Selectors;

public sealed partial class FieldSelector
{
    /// <summary>
    /// fields.ParseSelector: split on unescaped commas, sort the raw terms, skip empty ones,
    /// split each at the first "!=", "==" or "=" (the field part has no escaping), and unescape
    /// the value, where only "\\", "\," and "\=" are allowed and bare ',' or '=' are errors.
    /// </summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out FieldSelector? selector, [NotNullWhen(false)] out string? error)
    {
        selector = null;
        var terms = SplitTerms(text);
        terms.Sort(StringComparer.Ordinal);
        var requirements = new List<FieldRequirement>();
        foreach (var term in terms)
        {
            if (term.Length == 0)
            {
                continue;
            }

            if (!TrySplitTerm(term, out var field, out var op, out var rawValue))
            {
                error = $"invalid selector: '{text}'; can't understand '{term}'";
                return false;
            }

            if (!TryUnescapeValue(rawValue, out var value, out error))
            {
                return false;
            }

            requirements.Add(new FieldRequirement(field, op, value));
        }

        selector = new FieldSelector([.. requirements]);
        error = null;
        return true;
    }

    /// <summary>EscapeValue: backslash-escapes '\', ',' and '=' so a value survives parsing.</summary>
    public static string EscapeValue(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("=", "\\=", StringComparison.Ordinal);

    /// <summary>
    /// UnescapeValue, with upstream's errors: "invalid field selector: invalid escape sequence: \x"
    /// and "invalid field selector: unescaped character in value: 61" (Go prints the rune as a number).
    /// </summary>
    public static bool TryUnescapeValue(string text, [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out string? error)
    {
        value = null;
        if (text.AsSpan().IndexOfAny("\\,=") < 0)
        {
            value = text;
            error = null;
            return true;
        }

        var unescaped = new StringBuilder(text.Length);
        var inSlash = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (inSlash)
            {
                if (rune.Value is not ('\\' or ',' or '='))
                {
                    error = "invalid field selector: invalid escape sequence: \\" + rune;
                    return false;
                }

                unescaped.Append(rune.ToString());
                inSlash = false;
                continue;
            }

            switch (rune.Value)
            {
                case '\\':
                    inSlash = true;
                    break;
                case ',' or '=':
                    error = "invalid field selector: unescaped character in value: " + rune.Value.ToString(CultureInfo.InvariantCulture);
                    return false;
                default:
                    unescaped.Append(rune.ToString());
                    break;
            }
        }

        if (inSlash)
        {
            error = "invalid field selector: invalid escape sequence: \\";
            return false;
        }

        value = unescaped.ToString();
        error = null;
        return true;
    }

    /// <summary>splitTerms: commas after a backslash are data; the backslash stays for the unescape step.</summary>
    private static List<string> SplitTerms(string text)
    {
        var terms = new List<string>();
        if (text.Length == 0)
        {
            return terms;
        }

        var start = 0;
        var inSlash = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inSlash)
            {
                inSlash = false;
            }
            else if (c == '\\')
            {
                inSlash = true;
            }
            else if (c == ',')
            {
                terms.Add(text[start..i]);
                start = i + 1;
            }
        }

        terms.Add(text[start..]);
        return terms;
    }

    /// <summary>splitTerm: the first position where "!=", "==" or "=" (tried in that order) starts.</summary>
    private static bool TrySplitTerm(string term, out string field, out SelectionOperator op, out string value)
    {
        for (var i = 0; i < term.Length; i++)
        {
            var rest = term.AsSpan(i);
            var (length, found) = rest.StartsWith("!=") ? (2, SelectionOperator.NotEqual)
                : rest.StartsWith("==") ? (2, SelectionOperator.Equal)
                : rest.StartsWith("=") ? (1, SelectionOperator.Equal)
                : (0, SelectionOperator.Equal);
            if (length > 0)
            {
                field = term[..i];
                op = found;
                value = term[(i + length)..];
                return true;
            }
        }

        field = value = "";
        op = SelectionOperator.Equal;
        return false;
    }
}
