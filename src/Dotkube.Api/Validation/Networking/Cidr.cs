using System.Globalization;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Networking;

/// <summary>A parsed CIDR (net.IPNet): the masked network bytes and the prefix length.</summary>
internal sealed class Cidr
{
    private readonly byte[] _network;

    private Cidr(byte[] network, int prefixLength)
    {
        _network = network;
        PrefixLength = prefixLength;
    }

    public int PrefixLength { get; }

    /// <summary>ParseCIDRSloppy; an IPv4 network in IPv6 form is kept at 16 bytes, as Go does.</summary>
    public static Cidr? Parse(string text)
    {
        if (!IPValidation.IsCIDR(text))
        {
            return null;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var address = IPValidation.ParseIP(text[..slash])!;
        var prefix = int.Parse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
        return new Cidr(Mask(address, prefix), prefix);
    }

    /// <summary>net.IPNet.Contains for another network's address.</summary>
    public bool Contains(Cidr other)
    {
        var ip = other._network;
        if (ip.Length != _network.Length)
        {
            return false;
        }

        return Mask(ip, PrefixLength).AsSpan().SequenceEqual(_network);
    }

    private static byte[] Mask(byte[] address, int prefix)
    {
        var masked = (byte[])address.Clone();
        for (var i = 0; i < masked.Length; i++)
        {
            var bits = Math.Clamp(prefix - (i * 8), 0, 8);
            masked[i] &= (byte)(0xFF << (8 - bits));
        }

        return masked;
    }
}
