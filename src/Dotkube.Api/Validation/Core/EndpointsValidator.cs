using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

/// <summary>
/// Upstream ValidateEndpoints (the same rules on create and update): every subset has addresses,
/// each a usable IP; ports are named when there are several. An unset protocol is TCP, as defaulted.
/// </summary>
public sealed class EndpointsValidator : ObjectValidator<Endpoints>
{
    // Upstream supportedPortProtocols, sorted.
    private static readonly string[] Protocols = ["SCTP", "TCP", "UDP"];

    protected override void ValidateCreate(Endpoints obj, List<FieldError> errors)
    {
        var subsets = obj.Subsets ?? [];
        for (var i = 0; i < subsets.Count; i++)
        {
            var subset = subsets[i];
            var at = FieldPath.Root("subsets").Index(i);
            if (subset.Addresses is not { Count: > 0 } && subset.NotReadyAddresses is not { Count: > 0 })
            {
                errors.Add(FieldError.Required(at, "must specify `addresses` or `notReadyAddresses`"));
            }

            for (var j = 0; j < (subset.Addresses?.Count ?? 0); j++)
            {
                ValidateAddress(subset.Addresses![j], at.Child("addresses").Index(j), errors);
            }

            for (var j = 0; j < (subset.NotReadyAddresses?.Count ?? 0); j++)
            {
                ValidateAddress(subset.NotReadyAddresses![j], at.Child("notReadyAddresses").Index(j), errors);
            }

            var ports = subset.Ports ?? [];
            for (var j = 0; j < ports.Count; j++)
            {
                ValidatePort(ports[j], ports.Count > 1, at.Child("ports").Index(j), errors);
            }
        }
    }

    private static void ValidateAddress(EndpointAddress address, FieldPath path, List<FieldError> errors)
    {
        foreach (var message in IPValidation.IsValidIP(address.IP))
        {
            errors.Add(FieldError.Invalid(path.Child("ip"), address.IP, message));
        }

        if (!string.IsNullOrEmpty(address.Hostname))
        {
            foreach (var message in NameValidation.IsDNS1123Label(address.Hostname))
            {
                errors.Add(FieldError.Invalid(path.Child("hostname"), address.Hostname, message));
            }
        }

        if (address.NodeName is { } nodeName)
        {
            foreach (var message in NameValidation.IsDNS1123Subdomain(nodeName))
            {
                errors.Add(FieldError.Invalid(path.Child("nodeName"), nodeName, message));
            }
        }

        SpecialIPValidation.ValidateNonSpecialIP(address.IP, path.Child("ip"), errors);
    }

    private static void ValidatePort(EndpointPort port, bool requireName, FieldPath path, List<FieldError> errors)
    {
        var name = port.Name ?? "";
        if (requireName && name.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("name")));
        }
        else if (name.Length > 0)
        {
            foreach (var message in NameValidation.IsDNS1123Label(name))
            {
                errors.Add(FieldError.Invalid(path.Child("name"), name, message));
            }
        }

        foreach (var message in NameValidation.IsValidPortNum(port.Port))
        {
            errors.Add(FieldError.Invalid(path.Child("port"), port.Port, message));
        }

        var protocol = string.IsNullOrEmpty(port.Protocol) ? "TCP" : port.Protocol;
        if (!Protocols.Contains(protocol))
        {
            errors.Add(FieldError.NotSupported(path.Child("protocol"), protocol, Protocols));
        }

        if (port.AppProtocol is { } appProtocol)
        {
            foreach (var message in NameValidation.IsQualifiedName(appProtocol))
            {
                errors.Add(FieldError.Invalid(path.Child("appProtocol"), appProtocol, message));
            }
        }
    }
}
