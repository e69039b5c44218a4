namespace Dotkube.ApiServer.Http;

/// <summary>
/// Reads a request's Content-Type as upstream's input negotiation does
/// (NegotiateInputSerializerForMediaType): an absent header means JSON, the first media type
/// served, and the header must parse with Go's mime.ParseMediaType, so a malformed parameter
/// list ("application/json;;=") matches nothing and is 415.
/// </summary>
public static class ContentTypes
{
    /// <summary>tspecials of RFC 2045, which a token may not contain (Go's isTSpecial).</summary>
    private const string TSpecials = "()<>@,;:\\\"/[]?=";

    /// <summary>The object body's media type, lower-cased; false when the header does not parse.</summary>
    public static bool TryGetBodyMediaType(string? header, out string mediaType)
    {
        if (string.IsNullOrEmpty(header))
        {
            mediaType = MediaTypes.Json;
            return true;
        }

        return TryParse(header, out mediaType);
    }

    /// <summary>Go's mime.ParseMediaType: "type/subtype" tokens, then ";key=value" parameters (a trailing ";" is allowed).</summary>
    public static bool TryParse(string value, out string mediaType)
    {
        var semicolon = value.IndexOf(';', StringComparison.Ordinal);
        var baseType = semicolon < 0 ? value : value[..semicolon];
        mediaType = baseType.Trim().ToLowerInvariant();
        if (!IsTypeAndSubtype(mediaType))
        {
            return false;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var rest = value[baseType.Length..];
        while (true)
        {
            rest = rest.TrimStart();
            if (rest.Length == 0 || rest.Trim() == ";")
            {
                return true;
            }

            if (rest[0] != ';')
            {
                return false;
            }

            rest = rest[1..].TrimStart();
            var key = Token(rest);
            rest = rest[key.Length..].TrimStart();
            if (key.Length == 0 || rest.Length == 0 || rest[0] != '=')
            {
                return false;
            }

            rest = rest[1..].TrimStart();
            var valueLength = ValueLength(rest);
            if (valueLength <= 0 || !keys.Add(key.ToLowerInvariant()))
            {
                return false;
            }

            rest = rest[valueLength..];
        }
    }

    private static bool IsTypeAndSubtype(string mediaType)
    {
        var type = Token(mediaType);
        if (type.Length == 0)
        {
            return false;
        }

        var rest = mediaType[type.Length..];
        if (rest.Length == 0)
        {
            return true;
        }

        if (rest[0] != '/')
        {
            return false;
        }

        var subtype = Token(rest[1..]);
        return subtype.Length > 0 && subtype.Length == rest.Length - 1;
    }

    private static string Token(string text)
    {
        var end = 0;
        while (end < text.Length && IsTokenChar(text[end]))
        {
            end++;
        }

        return text[..end];
    }

    /// <summary>The length of a token or quoted-string value; 0 when there is none, -1 when a quote is unterminated.</summary>
    private static int ValueLength(string text)
    {
        if (text.Length == 0 || text[0] != '"')
        {
            return Token(text).Length;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }
            else if (text[i] == '"')
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static bool IsTokenChar(char c) => c > 0x20 && c < 0x7f && !TSpecials.Contains(c, StringComparison.Ordinal);
}
