using System.Globalization;
using System.Net;

namespace Dotkube.Dns.Cluster;

/// <summary>Reads the address out of a reverse-lookup name (in-addr.arpa, RFC 1035 §3.5; ip6.arpa, RFC 3596 §2.5).</summary>
internal static class ReverseName
{
    private const string V4Suffix = ".in-addr.arpa.";
    private const string V6Suffix = ".ip6.arpa.";

    /// <summary>True only for a complete address: 4 octets, or 32 nibbles.</summary>
    public static bool TryParse(string name, out IPAddress address)
    {
        address = IPAddress.None;
        if (name.EndsWith(V4Suffix, StringComparison.OrdinalIgnoreCase))
        {
            var parsed = Octets(name[..^V4Suffix.Length].Split('.'), reversed: true);
            address = parsed ?? IPAddress.None;
            return parsed is not null;
        }

        if (name.EndsWith(V6Suffix, StringComparison.OrdinalIgnoreCase))
        {
            var nibbles = name[..^V6Suffix.Length].Split('.');
            if (nibbles.Length != 32)
            {
                return false;
            }

            var bytes = new byte[16];
            for (var i = 0; i < 32; i++)
            {
                if (nibbles[i].Length != 1 || !char.IsAsciiHexDigit(nibbles[i][0]))
                {
                    return false;
                }

                var value = Convert.ToByte(nibbles[i], 16);
                var index = 15 - (i / 2);
                bytes[index] |= (byte)(i % 2 == 0 ? value : value << 4);
            }

            address = new IPAddress(bytes);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Four strict decimal octets (no hex, octal or shortened forms, which IPAddress.Parse would
    /// take) as an IPv4 address, in reverse order for in-addr.arpa; null otherwise.
    /// </summary>
    internal static IPAddress? Octets(string[] parts, bool reversed)
    {
        if (parts.Length != 4)
        {
            return null;
        }

        var bytes = new byte[4];
        for (var i = 0; i < 4; i++)
        {
            if (parts[i].Length is 0 or > 3 || !parts[i].All(char.IsAsciiDigit)
                || !byte.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out bytes[reversed ? 3 - i : i]))
            {
                return null;
            }
        }

        return new IPAddress(bytes);
    }

    /// <summary>The in-addr.arpa or ip6.arpa name of an address.</summary>
    public static string For(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (bytes.Length == 4)
        {
            return $"{bytes[3]}.{bytes[2]}.{bytes[1]}.{bytes[0]}{V4Suffix}";
        }

        var labels = new List<string>(32);
        for (var i = 15; i >= 0; i--)
        {
            labels.Add((bytes[i] & 0xF).ToString("x", CultureInfo.InvariantCulture));
            labels.Add((bytes[i] >> 4).ToString("x", CultureInfo.InvariantCulture));
        }

        return string.Join('.', labels) + V6Suffix;
    }
}
