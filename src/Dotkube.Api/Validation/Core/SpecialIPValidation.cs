using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

/// <summary>
/// Upstream ValidateNonSpecialIP, for Endpoints: no unspecified, loopback or link-local addresses,
/// which make no sense as endpoints or point at node-local services. IPv4-mapped IPv6 addresses
/// count as IPv4, as in Go's net.IP methods.
/// </summary>
public static class SpecialIPValidation
{
    public static void ValidateNonSpecialIP(string address, FieldPath path, List<FieldError> errors)
    {
        if (IPValidation.ParseIP(address) is not { } ip)
        {
            errors.Add(FieldError.Invalid(path, address, "must be a valid IP address"));
            return;
        }

        var v4 = AsIPv4(ip);
        if (ip.All(b => b == 0) || (v4 is not null && v4.All(b => b == 0)))
        {
            errors.Add(FieldError.Invalid(path, address, $"may not be unspecified ({address})"));
        }

        if (v4 is not null ? v4[0] == 127 : IsIPv6Loopback(ip))
        {
            errors.Add(FieldError.Invalid(path, address, "may not be in the loopback range (127.0.0.0/8, ::1/128)"));
        }

        if (v4 is not null ? v4[0] == 169 && v4[1] == 254 : ip[0] == 0xfe && (ip[1] & 0xc0) == 0x80)
        {
            errors.Add(FieldError.Invalid(path, address, "may not be in the link-local range (169.254.0.0/16, fe80::/10)"));
        }

        if (v4 is not null ? v4[0] == 224 && v4[1] == 0 && v4[2] == 0 : ip[0] == 0xff && (ip[1] & 0x0f) == 0x02)
        {
            errors.Add(FieldError.Invalid(path, address, "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"));
        }
    }

    private static byte[]? AsIPv4(byte[] ip)
    {
        if (ip.Length == 4)
        {
            return ip;
        }

        var mapped = ip.Take(10).All(b => b == 0) && ip[10] == 0xff && ip[11] == 0xff;
        return mapped ? ip[12..] : null;
    }

    private static bool IsIPv6Loopback(byte[] ip) => ip.Take(15).All(b => b == 0) && ip[15] == 1;
}
