using System.Text.RegularExpressions;

namespace Dotkube.Api.Naming;

public static partial class NameValidation
{
    /// <summary>IsValidPortNum: 1 to 65535.</summary>
    public static IReadOnlyList<string> IsValidPortNum(int port) =>
        port is >= 1 and <= 65535 ? [] : [InclusiveRangeError(1, 65535)];

    /// <summary>IsInRange: an inclusive range.</summary>
    public static IReadOnlyList<string> IsInRange(long value, long min, long max) =>
        value >= min && value <= max ? [] : [InclusiveRangeError(min, max)];

    /// <summary>IsValidUserID: 0 to 2^32-1.</summary>
    public static IReadOnlyList<string> IsValidUserID(long uid) => IsInRange(uid, 0, uint.MaxValue);

    /// <summary>IsValidGroupID: 0 to 2^32-1.</summary>
    public static IReadOnlyList<string> IsValidGroupID(long gid) => IsInRange(gid, 0, uint.MaxValue);

    /// <summary>
    /// IsValidPortName (IANA_SVC_NAME, RFC 6335 but lower case only): at most 15 characters of
    /// [-a-z0-9], at least one letter, no "--", no hyphen at either end. All failures are listed.
    /// </summary>
    public static IReadOnlyList<string> IsValidPortName(string port)
    {
        var errors = new List<string>();
        if (GoLength(port) > 15)
        {
            errors.Add(MaxLenError(15));
        }

        if (!PortNameCharset().IsMatch(port))
        {
            errors.Add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }

        if (!port.Any(c => c is >= 'a' and <= 'z'))
        {
            errors.Add("must contain at least one letter (a-z)");
        }

        if (port.Contains("--", StringComparison.Ordinal))
        {
            errors.Add("must not contain consecutive hyphens");
        }

        if (port.Length > 0 && (port[0] == '-' || port[^1] == '-'))
        {
            errors.Add("must not begin or end with a hyphen");
        }

        return errors;
    }

    [GeneratedRegex("^[-a-z0-9]+\\z", RegexOptions.CultureInvariant)]
    private static partial Regex PortNameCharset();
}
