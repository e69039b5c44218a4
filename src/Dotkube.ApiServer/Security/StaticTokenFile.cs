using System.Text;

namespace Dotkube.ApiServer.Security;

/// <summary>
/// kube-apiserver's --token-auth-file: CSV records <c>token,user,uid,"group1,group2"</c>, parsed
/// as upstream's tokenfile package does with Go's encoding/csv: blank lines skipped, quoted fields
/// may hold commas, quotes ("") and newlines, leading spaces trimmed, a record with an empty token
/// skipped, fewer than three columns an error, and a repeated token's last record wins.
/// </summary>
public static class StaticTokenFile
{
    public static IReadOnlyList<StaticToken> Load(string path) => Parse(File.ReadAllText(path), path);

    /// <param name="source">The file name, for error messages.</param>
    public static IReadOnlyList<StaticToken> Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<StaticToken>();
        foreach (var record in Records(text, source))
        {
            if (record.Count < 3)
            {
                throw new FormatException(
                    $"token file '{source}' must have at least 3 columns (token, user name, user uid), found {record.Count}");
            }

            if (record[0].Length == 0)
            {
                continue;
            }

            // Empty names from a trailing comma are dropped; upstream would keep a "" group, which means nothing.
            var groups = record.Count >= 4
                ? record[3].Split(',').Where(g => g.Length > 0).ToList()
                : [];
            tokens.Add(new StaticToken(record[0], new UserInfo(record[1], record[2], groups, new Dictionary<string, IReadOnlyList<string>>())));
        }

        return tokens;
    }

    private static IEnumerable<List<string>> Records(string text, string source)
    {
        var line = 1;
        var pos = 0;
        while (pos < text.Length)
        {
            // Blank lines are not records, as in encoding/csv.
            if (SkipLineEnd(text, ref pos, ref line))
            {
                continue;
            }

            var record = new List<string>();
            while (true)
            {
                while (pos < text.Length && text[pos] is ' ' or '\t')
                {
                    pos++;
                }

                record.Add(ReadField(text, ref pos, ref line, source));
                if (pos < text.Length && text[pos] == ',')
                {
                    pos++;
                    continue;
                }

                SkipLineEnd(text, ref pos, ref line);
                break;
            }

            yield return record;
        }
    }

    // Leaves pos on the ',' or line end after the field, or at the end of the text.
    private static string ReadField(string text, ref int pos, ref int line, string source)
    {
        var field = new StringBuilder();
        if (pos < text.Length && text[pos] == '"')
        {
            pos++;
            while (true)
            {
                if (pos >= text.Length)
                {
                    throw Malformed(source, line, "extraneous or missing \" in quoted-field");
                }

                var c = text[pos++];
                if (c == '"' && pos < text.Length && text[pos] == '"')
                {
                    field.Append('"');
                    pos++;
                }
                else if (c == '"')
                {
                    break;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }

            if (pos < text.Length && text[pos] is not (',' or '\n' or '\r'))
            {
                throw Malformed(source, line, "extraneous or missing \" in quoted-field");
            }

            return field.ToString();
        }

        while (pos < text.Length && text[pos] is not (',' or '\n' or '\r'))
        {
            if (text[pos] == '"')
            {
                throw Malformed(source, line, "bare \" in non-quoted-field");
            }

            field.Append(text[pos++]);
        }

        return field.ToString();
    }

    private static bool SkipLineEnd(string text, ref int pos, ref int line)
    {
        if (pos >= text.Length || text[pos] is not ('\n' or '\r'))
        {
            return false;
        }

        pos += text[pos] == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n' ? 2 : 1;
        line++;
        return true;
    }

    private static FormatException Malformed(string source, int line, string problem) =>
        new($"token file '{source}' line {line}: {problem}");
}
