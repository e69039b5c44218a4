using System.Text;
using Microsoft.AspNetCore.Http;

namespace Dotkube.ApiServer.Kubelets;

/// <summary>
/// core/v1 PodExecOptions and PodAttachOptions as a pods/exec or pods/attach query carries them,
/// decoded as upstream's parameter codec does, and the query upstream's streamParams builds from
/// them for the kubelet's /exec and /attach.
/// </summary>
public sealed record StreamOptions
{
    public bool Stdin { get; init; }

    public bool Stdout { get; init; }

    public bool Stderr { get; init; }

    public bool Tty { get; init; }

    public string? Container { get; init; }

    /// <summary>The command and its arguments (exec only; attach joins what runs).</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>
    /// Reads the options; <paramref name="exec"/> reads <c>command</c> too (PodAttachOptions has
    /// none). A boolean is false only when absent, "0" or "false" in any case, as upstream's
    /// Convert_Slice_string_To_bool (the Python client sends "True" and "False").
    /// </summary>
    public static StreamOptions FromQuery(IQueryCollection query, bool exec)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new StreamOptions
        {
            Stdin = Bool(query, "stdin"),
            Stdout = Bool(query, "stdout"),
            Stderr = Bool(query, "stderr"),
            Tty = Bool(query, "tty"),
            Container = query["container"] is { Count: > 0 } container && container[0] is { Length: > 0 } name ? name : null,
            Command = exec ? query["command"].Select(c => c ?? "").ToList() : [],
        };
    }

    /// <summary>
    /// The kubelet query: input, output, error and tty as "1" when set, one <c>command</c> per
    /// argument in order; keys sorted and values escaped as Go's url.Values.Encode (a space is "+").
    /// Empty when nothing is set, or "?..." otherwise.
    /// </summary>
    public string ToKubeletQuery()
    {
        // Already in the order Encode sorts them: command, error, input, output, tty.
        var pairs = new List<(string Key, string Value)>();
        pairs.AddRange(Command.Select(c => ("command", c)));
        if (Stderr)
            pairs.Add(("error", "1"));
        if (Stdin)
            pairs.Add(("input", "1"));
        if (Stdout)
            pairs.Add(("output", "1"));
        if (Tty)
            pairs.Add(("tty", "1"));
        var query = new StringBuilder();
        foreach (var (key, value) in pairs)
            query.Append(query.Length == 0 ? '?' : '&').Append(key).Append('=').Append(QueryEscape(value));
        return query.ToString();
    }

    private static bool Bool(IQueryCollection query, string name) =>
        query[name] is { Count: > 0 } values
        && !(values[0] is "0" || string.Equals(values[0], "false", StringComparison.OrdinalIgnoreCase));

    /// <summary>Go's url.QueryEscape: RFC 3986's unreserved characters stay, a space becomes "+", the rest %XX.</summary>
    private static string QueryEscape(string value) => Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal);
}
