namespace Dotkube.Api.Naming;

/// <summary>
/// IP and CIDR checks as v1.32 validates them: netutils.ParseIPSloppy / ParseCIDRSloppy, i.e.
/// Go 1.16's parser, which (unlike today's net package) still accepts IPv4 octets with leading
/// zeros. No zones, no brackets. Messages are the details of upstream's field errors.
/// </summary>
public static class IPValidation
{
    public const string InvalidIPMessage = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
    public const string InvalidCIDRMessage = "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)";
    public const string InvalidIPv4Message = "must be a valid IPv4 address";
    public const string InvalidIPv6Message = "must be a valid IPv6 address";

    // Go's dtoi/xtoi give up once a number reaches this.
    private const int Big = 0xFFFFFF;

    public static IReadOnlyList<string> IsValidIP(string value) => ParseIP(value) is null ? [InvalidIPMessage] : [];

    public static IReadOnlyList<string> IsValidIPv4Address(string value) =>
        ParseIP(value) is { Length: 4 } ? [] : [InvalidIPv4Message];

    public static IReadOnlyList<string> IsValidIPv6Address(string value) =>
        ParseIP(value) is { Length: 16 } ? [] : [InvalidIPv6Message];

    public static IReadOnlyList<string> IsValidCIDR(string value) => IsCIDR(value) ? [] : [InvalidCIDRMessage];

    /// <summary>The address bytes (4 for dotted IPv4, 16 for IPv6 forms), or null.</summary>
    public static byte[]? ParseIP(string value)
    {
        foreach (var c in value)
        {
            if (c == '.')
            {
                return ParseIPv4(value);
            }

            if (c == ':')
            {
                return ParseIPv6(value);
            }
        }

        return null;
    }

    /// <summary>ParseCIDRSloppy: address '/' decimal prefix length within the address size.</summary>
    public static bool IsCIDR(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return false;
        }

        var address = value[..slash];
        var mask = value[(slash + 1)..];
        var bits = 32;
        if (ParseIPv4(address) is null)
        {
            bits = 128;
            if (ParseIPv6(address) is null)
            {
                return false;
            }
        }

        var (length, used, ok) = Dtoi(mask, 0);
        return ok && used == mask.Length && length <= bits;
    }

    private static byte[]? ParseIPv4(string s)
    {
        var bytes = new byte[4];
        var pos = 0;
        for (var i = 0; i < 4; i++)
        {
            if (pos >= s.Length)
            {
                return null;
            }

            if (i > 0)
            {
                if (s[pos] != '.')
                {
                    return null;
                }

                pos++;
            }

            var (n, used, ok) = Dtoi(s, pos);
            if (!ok || n > 0xFF)
            {
                return null;
            }

            pos += used;
            bytes[i] = (byte)n;
        }

        return pos == s.Length ? bytes : null;
    }

    private static byte[]? ParseIPv6(string s)
    {
        var ip = new byte[16];
        var ellipsis = -1;
        var pos = 0;
        if (s.Length >= 2 && s[0] == ':' && s[1] == ':')
        {
            ellipsis = 0;
            pos = 2;
            if (pos == s.Length)
            {
                return ip;
            }
        }

        var i = 0;
        while (i < 16)
        {
            var (n, used, ok) = Xtoi(s, pos);
            if (!ok || n > 0xFFFF)
            {
                return null;
            }

            if (pos + used < s.Length && s[pos + used] == '.')
            {
                // A trailing IPv4 part fills the last four bytes.
                if ((ellipsis < 0 && i != 12) || i + 4 > 16 || ParseIPv4(s[pos..]) is not { } v4)
                {
                    return null;
                }

                v4.CopyTo(ip, i);
                pos = s.Length;
                i += 4;
                break;
            }

            ip[i] = (byte)(n >> 8);
            ip[i + 1] = (byte)n;
            i += 2;
            pos += used;
            if (pos == s.Length)
            {
                break;
            }

            if (s[pos] != ':' || pos + 1 == s.Length)
            {
                return null;
            }

            pos++;
            if (s[pos] == ':')
            {
                if (ellipsis >= 0)
                {
                    return null;
                }

                ellipsis = i;
                pos++;
                if (pos == s.Length)
                {
                    break;
                }
            }
        }

        if (pos != s.Length)
        {
            return null;
        }

        if (i < 16)
        {
            if (ellipsis < 0)
            {
                return null;
            }

            var shift = 16 - i;
            for (var j = i - 1; j >= ellipsis; j--)
            {
                ip[j + shift] = ip[j];
            }

            Array.Clear(ip, ellipsis, shift);
        }
        else if (ellipsis >= 0)
        {
            // "::" must stand for at least one group.
            return null;
        }

        return ip;
    }

    private static (int Value, int Used, bool Ok) Dtoi(string s, int start)
    {
        var n = 0;
        var i = start;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            n = (n * 10) + (s[i] - '0');
            if (n >= Big)
            {
                return (Big, i - start, false);
            }
        }

        return i == start ? (0, 0, false) : (n, i - start, true);
    }

    private static (int Value, int Used, bool Ok) Xtoi(string s, int start)
    {
        var n = 0;
        var i = start;
        for (; i < s.Length && char.IsAsciiHexDigit(s[i]); i++)
        {
            n = (n * 16) + Convert.ToInt32(s[i].ToString(), 16);
            if (n >= Big)
            {
                return (0, i - start, false);
            }
        }

        return i == start ? (0, 0, false) : (n, i - start, true);
    }
}
