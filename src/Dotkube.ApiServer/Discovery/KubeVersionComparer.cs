namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// version.CompareKubeAwareVersionStrings: "v&lt;major&gt;[(alpha|beta)&lt;minor&gt;]" versions rank GA over
/// beta over alpha, then by major, then by minor; anything else ranks last, alphabetically
/// (v10, v2, v1, v11beta2, v10beta3, v3beta1, v12alpha1, v11alpha2, foo1, foo10).
/// </summary>
internal sealed class KubeVersionComparer : IComparer<string>
{
    /// <summary>Sorts the preferred version first.</summary>
    public static KubeVersionComparer PreferredFirst { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = Parse(x ?? "");
        var b = Parse(y ?? "");
        if (a.Kube != b.Kube)
        {
            return a.Kube ? -1 : 1;
        }

        if (!a.Kube)
        {
            return string.CompareOrdinal(x, y);
        }

        // Stability: GA (2) before beta (1) before alpha (0); then higher numbers first.
        if (a.Stability != b.Stability)
        {
            return b.Stability.CompareTo(a.Stability);
        }

        return a.Major != b.Major ? b.Major.CompareTo(a.Major) : b.Minor.CompareTo(a.Minor);
    }

    private static (bool Kube, int Stability, long Major, long Minor) Parse(string version)
    {
        if (version.Length < 2 || version[0] != 'v' || !char.IsAsciiDigit(version[1]))
        {
            return (false, 0, 0, 0);
        }

        var i = 1;
        while (i < version.Length && char.IsAsciiDigit(version[i]))
        {
            i++;
        }

        if (!long.TryParse(version.AsSpan(1, i - 1), out var major))
        {
            return (false, 0, 0, 0);
        }

        if (i == version.Length)
        {
            return (true, 2, major, 0);
        }

        var rest = version.AsSpan(i);
        var stability = rest.StartsWith("beta") ? 1 : rest.StartsWith("alpha") ? 0 : -1;
        var digits = stability switch { 1 => rest[4..], 0 => rest[5..], _ => [] };
        return stability >= 0 && digits.Length > 0 && long.TryParse(digits, out var minor) && !digits.ContainsAnyExceptInRange('0', '9')
            ? (true, stability, major, minor)
            : (false, 0, 0, 0);
    }
}
