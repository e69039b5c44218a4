using Dotkube.Api.Discovery.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Discovery;

/// <summary>
/// One endpoint address, by the slice's address type (v1.32): IPv4/IPv6 must parse as that family
/// and not be a special address (upstream ValidateNonSpecialIP); FQDN as IsFullyQualifiedDomainName.
/// Unknown types are not checked, as upstream.
/// </summary>
public static class AddressValidation
{
    public static void Validate(string address, string addressType, FieldPath path, List<FieldError> errors)
    {
        switch (addressType)
        {
            case AddressType.IPv4:
                AddAll(IPValidation.IsValidIPv4Address(address), address, path, errors);
                ValidateNonSpecial(address, path, errors);
                break;
            case AddressType.IPv6:
                AddAll(IPValidation.IsValidIPv6Address(address), address, path, errors);
                ValidateNonSpecial(address, path, errors);
                break;
            case AddressType.FQDN:
                ValidateFqdn(address, path, errors);
                break;
        }
    }

    private static void ValidateNonSpecial(string address, FieldPath path, List<FieldError> errors)
    {
        if (IPValidation.ParseIP(address) is not { } ip)
        {
            errors.Add(FieldError.Invalid(path, address, "must be a valid IP address"));
            return;
        }

        var v4 = ToIPv4(ip);
        if (ip.All(b => b == 0))
        {
            errors.Add(FieldError.Invalid(path, address, $"may not be unspecified ({address})"));
        }

        if (v4 is [127, ..] || (v4 is null && ip.Take(15).All(b => b == 0) && ip[15] == 1))
        {
            errors.Add(FieldError.Invalid(path, address, "may not be in the loopback range (127.0.0.0/8, ::1/128)"));
        }

        if (v4 is [169, 254, ..] || (v4 is null && ip[0] == 0xfe && (ip[1] & 0xc0) == 0x80))
        {
            errors.Add(FieldError.Invalid(path, address, "may not be in the link-local range (169.254.0.0/16, fe80::/10)"));
        }

        if (v4 is [224, 0, 0, _] || (v4 is null && ip[0] == 0xff && (ip[1] & 0x0f) == 0x02))
        {
            errors.Add(FieldError.Invalid(path, address, "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"));
        }
    }

    /// <summary>The IPv4 form of a 4-byte or IPv4-mapped 16-byte address, as Go's To4.</summary>
    private static byte[]? ToIPv4(byte[] ip) =>
        ip.Length == 4 ? ip
        : ip.Take(10).All(b => b == 0) && ip[10] == 0xff && ip[11] == 0xff ? ip[12..]
        : null;

    /// <summary>Upstream IsFullyQualifiedDomainName: a DNS subdomain of at least two labels; a trailing dot is allowed.</summary>
    private static void ValidateFqdn(string address, FieldPath path, List<FieldError> errors)
    {
        if (address.Length == 0)
        {
            errors.Add(FieldError.Required(path));
            return;
        }

        var name = address.EndsWith('.') ? address[..^1] : address;
        if (NameValidation.IsDNS1123Subdomain(name) is { Count: > 0 } subdomain)
        {
            errors.Add(FieldError.Invalid(path, name, string.Join(",", subdomain)));
            return;
        }

        var labels = name.Split('.');
        if (labels.Length < 2)
        {
            errors.Add(FieldError.Invalid(path, name, "should be a domain with at least two segments separated by dots"));
            return;
        }

        foreach (var label in labels)
        {
            if (NameValidation.IsDNS1123Label(label) is { Count: > 0 } labelErrors)
            {
                errors.Add(FieldError.Invalid(path, label, string.Join(",", labelErrors)));
                return;
            }
        }
    }

    private static void AddAll(IReadOnlyList<string> messages, string address, FieldPath path, List<FieldError> errors)
    {
        foreach (var message in messages)
        {
            errors.Add(FieldError.Invalid(path, address, message));
        }
    }
}
