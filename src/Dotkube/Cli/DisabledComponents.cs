namespace Dotkube.Cli;

/// <summary>
/// <c>dotkube server --disable NAME</c>, k3s's flag: packaged components not to run, repeatable
/// and comma-separated (<c>--disable dns,servicelb</c>). k3s names cluster DNS <c>coredns</c>;
/// <c>dns</c> means the same here. As k3s, names of components we do not ship (traefik,
/// local-storage, metrics-server, ...) are accepted and change nothing.
/// </summary>
public sealed record DisabledComponents(bool Dns, bool ServiceLb)
{
    public static DisabledComponents Parse(IEnumerable<string> values)
    {
        var names = values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(n => n.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        return new DisabledComponents(names.Contains("dns") || names.Contains("coredns"), names.Contains("servicelb"));
    }
}
