using System.Text;

namespace Dotkube.Kubelet.Cleanup;

/// <summary>One <c>-A CHAIN SPEC</c> line of <c>iptables-save</c>: its spec kept verbatim (quoting included) so it can be deleted with <c>-D CHAIN SPEC</c>.</summary>
public sealed record IptablesRule(string Chain, string Spec, string? Target, string? Comment);

/// <summary>One <c>*table</c> block of <c>iptables-save</c>: its user-defined chains and its rules, in order.</summary>
public sealed record IptablesTable(string Name, IReadOnlyList<string> UserChains, IReadOnlyList<IptablesRule> Rules);

/// <summary>Reads the output of <c>iptables-save</c> (and <c>ip6tables-save</c>, which has the same format).</summary>
public static class IptablesSave
{
    public static IReadOnlyList<IptablesTable> Parse(string text)
    {
        var tables = new List<IptablesTable>();
        string? table = null;
        var chains = new List<string>();
        var rules = new List<IptablesRule>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('*'))
            {
                (table, chains, rules) = (line[1..].Trim(), [], []);
            }
            else if (table is null || line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            else if (line == "COMMIT")
            {
                tables.Add(new IptablesTable(table, chains, rules));
                table = null;
            }
            else if (line.StartsWith(':'))
            {
                // ":NAME POLICY [packets:bytes]": built-in chains have a policy, user chains "-".
                var fields = line[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length >= 2 && fields[1] == "-")
                {
                    chains.Add(fields[0]);
                }
            }
            else if (line.StartsWith("-A ", StringComparison.Ordinal))
            {
                rules.Add(ParseRule(line[3..]));
            }
        }

        return tables;
    }

    private static IptablesRule ParseRule(string text)
    {
        var space = text.IndexOf(' ');
        var chain = space < 0 ? text : text[..space];
        var spec = space < 0 ? "" : text[(space + 1)..];
        var words = Words(spec);
        return new IptablesRule(chain, spec, ValueAfter(words, "-j", "-g"), ValueAfter(words, "--comment"));
    }

    private static string? ValueAfter(List<string> words, params string[] flags)
    {
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (flags.Contains(words[i]))
            {
                return words[i + 1];
            }
        }

        return null;
    }

    /// <summary>Splits a rule as iptables-restore does: on spaces, except inside double quotes, where \" is a quote.</summary>
    internal static List<string> Words(string spec)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var inWord = false;
        for (var i = 0; i < spec.Length; i++)
        {
            var c = spec[i];
            if (quoted && c == '\\' && i + 1 < spec.Length && spec[i + 1] is '"' or '\\')
            {
                word.Append(spec[++i]);
            }
            else if (c == '"')
            {
                quoted = !quoted;
                inWord = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
