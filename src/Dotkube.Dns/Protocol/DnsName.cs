using System.Text;

namespace Dotkube.Dns.Protocol;

/// <summary>
/// Domain names in presentation form: absolute (ending in a dot), labels separated by dots,
/// a dot or backslash inside a label escaped with a backslash and other unprintable bytes as
/// \DDD, as dig prints them. DNS compares names case-insensitively (RFC 4343), so do these helpers.
/// </summary>
public static class DnsName
{
    public const string Root = ".";

    /// <summary>The longest name on the wire, length bytes included (RFC 1035 §2.3.4).</summary>
    public const int MaxWireLength = 255;

    public const int MaxLabelLength = 63;

    public static string Absolute(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.EndsWith('.') ? name : name + ".";
    }

    public static bool Equal(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether absolute <paramref name="name"/> is <paramref name="zone"/> or below it.</summary>
    public static bool IsInZone(string name, string zone)
    {
        if (zone == Root)
        {
            return true;
        }

        return name.EndsWith(zone, StringComparison.OrdinalIgnoreCase)
            && (name.Length == zone.Length || name[name.Length - zone.Length - 1] == '.');
    }

    /// <summary>Appends one wire label as presentation text, escaping what must be.</summary>
    internal static void AppendLabel(StringBuilder b, ReadOnlySpan<byte> label)
    {
        foreach (var c in label)
        {
            if (c is (byte)'.' or (byte)'\\')
            {
                b.Append('\\').Append((char)c);
            }
            else if (c is <= 0x20 or >= 0x7F)
            {
                b.Append('\\').Append(c.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                b.Append((char)c);
            }
        }
    }

    /// <summary>
    /// Decodes the label starting at <paramref name="start"/> into <paramref name="destination"/>;
    /// returns its byte count and sets <paramref name="next"/> past the label's dot.
    /// </summary>
    internal static int ParseLabel(string name, int start, Span<byte> destination, out int next)
    {
        var length = 0;
        var i = start;
        while (i < name.Length && name[i] != '.')
        {
            int c = name[i];
            if (c == '\\')
            {
                if (i + 3 < name.Length && char.IsAsciiDigit(name[i + 1]) && char.IsAsciiDigit(name[i + 2]) && char.IsAsciiDigit(name[i + 3]))
                {
                    c = ((name[i + 1] - '0') * 100) + ((name[i + 2] - '0') * 10) + (name[i + 3] - '0');
                    i += 4;
                    if (c > 255)
                    {
                        throw new ArgumentException($"invalid escape in name {name}", nameof(name));
                    }
                }
                else if (i + 1 < name.Length)
                {
                    c = name[i + 1];
                    i += 2;
                }
                else
                {
                    throw new ArgumentException($"name {name} ends in a backslash", nameof(name));
                }
            }
            else
            {
                i++;
            }

            if (c > 255 || length >= MaxLabelLength)
            {
                throw new ArgumentException($"label too long or not ASCII in name {name}", nameof(name));
            }

            destination[length++] = (byte)c;
        }

        if (length == 0)
        {
            throw new ArgumentException($"empty label in name {name}", nameof(name));
        }

        next = i + 1;
        return length;
    }
}
