using Dotkube.Api.Discovery.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Discovery;

/// <summary>Upstream ValidateEndpointSliceCreate / ValidateEndpointSliceUpdate (pkg/apis/discovery/validation).</summary>
public sealed class EndpointSliceValidator : ObjectValidator<EndpointSlice>
{
    private const int MaxPorts = 20000;

    // sets.List order, as upstream prints them.
    private static readonly string[] AddressTypes = [AddressType.FQDN, AddressType.IPv4, AddressType.IPv6];
    private static readonly string[] Protocols = ["SCTP", "TCP", "UDP"];

    protected override void ValidateCreate(EndpointSlice obj, List<FieldError> errors)
    {
        var addressTypePath = FieldPath.Root("addressType");
        if (obj.AddressType.Length == 0)
        {
            errors.Add(FieldError.Required(addressTypePath));
        }
        else if (!AddressTypes.Contains(obj.AddressType))
        {
            errors.Add(FieldError.NotSupported(addressTypePath, obj.AddressType, AddressTypes));
        }

        EndpointValidation.ValidateEndpoints(obj.Endpoints, obj.AddressType, FieldPath.Root("endpoints"), errors);
        ValidatePorts(obj.Ports, FieldPath.Root("ports"), errors);
    }

    protected override void ValidateUpdate(EndpointSlice obj, EndpointSlice old, List<FieldError> errors)
    {
        ValidateCreate(obj, errors);
        ObjectMetaValidation.Immutable(obj.AddressType, old.AddressType, FieldPath.Root("addressType"), errors);
    }

    /// <summary>Port names are unique DNS labels (or empty); protocol defaults to TCP.</summary>
    private static void ValidatePorts(List<EndpointPort> ports, FieldPath path, List<FieldError> errors)
    {
        if (ports.Count > MaxPorts)
        {
            errors.Add(FieldError.TooMany(path, ports.Count, MaxPorts));
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ports.Count; i++)
        {
            var at = path.Index(i);
            var name = ports[i].Name ?? "";
            if (name.Length > 0)
            {
                foreach (var message in NameValidation.IsDNS1123Label(name))
                {
                    errors.Add(FieldError.Invalid(at.Child("name"), name, message));
                }
            }

            if (!names.Add(name))
            {
                errors.Add(FieldError.Duplicate(at.Child("name"), name));
            }

            if (ports[i].Protocol is { } protocol && !Protocols.Contains(protocol))
            {
                errors.Add(FieldError.NotSupported(at.Child("protocol"), protocol, Protocols));
            }

            if (ports[i].AppProtocol is { } appProtocol)
            {
                foreach (var message in NameValidation.IsQualifiedName(appProtocol))
                {
                    errors.Add(FieldError.Invalid(at.Child("appProtocol"), appProtocol, message));
                }
            }
        }
    }
}
