using System.Globalization;
using System.Text;

namespace Dotkube.Api.Core.V1;

/// <summary>
/// core/v1 PodLogOptions, the query of pods/{name}/log and of the kubelet's containerLogs. Never a
/// body: it travels as query parameters, decoded as upstream's parameter codec does (booleans
/// true/false, integers, sinceTime in RFC 3339).
/// </summary>
public sealed class PodLogOptions
{
    public string? Container { get; set; }

    public bool Follow { get; set; }

    public bool Previous { get; set; }

    public long? SinceSeconds { get; set; }

    public DateTimeOffset? SinceTime { get; set; }

    public bool Timestamps { get; set; }

    public long? TailLines { get; set; }

    public long? LimitBytes { get; set; }

    /// <summary>Reads the options from a query; a value that does not decode throws <see cref="FormatException"/> naming it.</summary>
    public static PodLogOptions FromQuery(Func<string, string?> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new PodLogOptions
        {
            Container = query("container") is { Length: > 0 } container ? container : null,
            Follow = Bool(query, "follow"),
            Previous = Bool(query, "previous"),
            Timestamps = Bool(query, "timestamps"),
            SinceSeconds = Int64(query, "sinceSeconds"),
            SinceTime = query("sinceTime") is { Length: > 0 } since
                ? DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                    ? at
                    : throw new FormatException($"sinceTime: cannot parse \"{since}\" as RFC 3339")
                : null,
            TailLines = Int64(query, "tailLines"),
            LimitBytes = Int64(query, "limitBytes"),
        };
    }

    /// <summary>
    /// The query the API server sends the kubelet (upstream's LogLocation): the container goes in the
    /// path, so it is left out; sinceTime to the second in UTC, as Go's RFC 3339; keys sorted, as url.Values.Encode.
    /// </summary>
    public string ToKubeletQuery()
    {
        var pairs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Follow)
            pairs["follow"] = "true";
        if (Previous)
            pairs["previous"] = "true";
        if (Timestamps)
            pairs["timestamps"] = "true";
        if (SinceSeconds is { } seconds)
            pairs["sinceSeconds"] = seconds.ToString(CultureInfo.InvariantCulture);
        if (SinceTime is { } time)
            pairs["sinceTime"] = time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        if (TailLines is { } tail)
            pairs["tailLines"] = tail.ToString(CultureInfo.InvariantCulture);
        if (LimitBytes is { } limit)
            pairs["limitBytes"] = limit.ToString(CultureInfo.InvariantCulture);
        var query = new StringBuilder();
        foreach (var (key, value) in pairs)
            query.Append(query.Length == 0 ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
        return query.ToString();
    }

    private static bool Bool(Func<string, string?> query, string name) => query(name) switch
    {
        null or "" or "false" or "False" or "0" => false,
        "true" or "True" or "1" => true,
        var other => throw new FormatException($"{name}: cannot parse \"{other}\" as a bool"),
    };

    private static long? Int64(Func<string, string?> query, string name) => query(name) switch
    {
        null or "" => null,
        var text => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{name}: cannot parse \"{text}\" as an integer"),
    };
}
