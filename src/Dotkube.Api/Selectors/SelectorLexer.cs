namespace Dotkube.Api.Selectors;

/// <summary>
/// The label selector lexer of upstream: whitespace (space, tab, CR, LF) separates tokens,
/// the special characters = ! ( ) , &gt; &lt; form the longest known operator, anything else
/// is an identifier, and "in"/"notin" are keywords. A NUL character ends the input, as upstream.
/// </summary>
internal sealed class SelectorLexer(string text)
{
    private static readonly Dictionary<string, SelectorToken> Symbols = new(StringComparer.Ordinal)
    {
        [")"] = SelectorToken.ClosedPar,
        [","] = SelectorToken.Comma,
        ["!"] = SelectorToken.DoesNotExist,
        ["=="] = SelectorToken.DoubleEquals,
        ["="] = SelectorToken.Equals,
        [">"] = SelectorToken.GreaterThan,
        ["in"] = SelectorToken.In,
        ["<"] = SelectorToken.LessThan,
        ["!="] = SelectorToken.NotEquals,
        ["notin"] = SelectorToken.NotIn,
        ["("] = SelectorToken.OpenPar,
    };

    private int _pos;

    public List<(SelectorToken Token, string Literal)> ScanAll()
    {
        var items = new List<(SelectorToken Token, string Literal)>();
        while (true)
        {
            var item = Lex();
            items.Add(item);
            if (item.Token == SelectorToken.EndOfString)
            {
                return items;
            }
        }
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n';

    private static bool IsSpecial(char c) => c is '=' or '!' or '(' or ')' or ',' or '>' or '<';

    private char Read() => _pos < text.Length ? text[_pos++] : '\0';

    private void Unread() => _pos--;

    private (SelectorToken Token, string Literal) Lex()
    {
        var c = Read();
        while (IsWhitespace(c))
        {
            c = Read();
        }

        if (c == '\0')
        {
            return (SelectorToken.EndOfString, "");
        }

        Unread();
        return IsSpecial(c) ? ScanSymbol() : ScanIdentifierOrKeyword();
    }

    private (SelectorToken, string) ScanIdentifierOrKeyword()
    {
        var start = _pos;
        while (true)
        {
            var c = Read();
            if (c == '\0')
            {
                break;
            }

            if (IsSpecial(c) || IsWhitespace(c))
            {
                Unread();
                break;
            }
        }

        var end = _pos <= text.Length && _pos > start && text[_pos - 1] == '\0' ? _pos - 1 : _pos;
        var literal = text[start..end];
        return Symbols.TryGetValue(literal, out var token) ? (token, literal) : (SelectorToken.Identifier, literal);
    }

    private (SelectorToken, string) ScanSymbol()
    {
        var buffer = "";
        (SelectorToken Token, string Literal)? last = null;
        while (true)
        {
            var c = Read();
            if (c == '\0')
            {
                break;
            }

            if (!IsSpecial(c))
            {
                Unread();
                break;
            }

            buffer += c;
            if (Symbols.TryGetValue(buffer, out var token))
            {
                last = (token, buffer);
            }
            else if (last is not null)
            {
                Unread();
                break;
            }
        }

        return last ?? (SelectorToken.Error, $"error expected: keyword found '{buffer}'");
    }
}
