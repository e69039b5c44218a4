using Dotkube.Api.Naming;
using Dotkube.Api.Networking.V1;

namespace Dotkube.Api.Validation.Networking;

/// <summary>Upstream validateIngressBackend: exactly one of service and resource; a service port by name or number.</summary>
public static class IngressBackendValidation
{
    public static void Validate(IngressBackend backend, FieldPath path, List<FieldError> errors)
    {
        switch (backend)
        {
            case { Resource: not null, Service: not null }:
                errors.Add(FieldError.Invalid(path, "", "cannot set both resource and service backends"));
                break;
            case { Resource: { } resource }:
                ReferenceValidation.ValidateTypedReference(resource.ApiGroup, resource.Kind, resource.Name, path.Child("resource"), errors);
                break;
            case { Service: { } service }:
                ValidateService(service, path, errors);
                break;
            default:
                errors.Add(FieldError.Invalid(path, "", "resource or service backend is required"));
                break;
        }
    }

    /// <summary>Service names are DNS-1035 labels (Service's own name rule).</summary>
    private static void ValidateService(IngressServiceBackend service, FieldPath path, List<FieldError> errors)
    {
        if (service.Name.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("service", "name")));
        }
        else
        {
            foreach (var message in NameValidation.IsDNS1035Label(service.Name))
            {
                errors.Add(FieldError.Invalid(path.Child("service", "name"), service.Name, message));
            }
        }

        var name = service.Port.Name ?? "";
        var number = service.Port.Number ?? 0;
        if (name.Length > 0 && number != 0)
        {
            errors.Add(FieldError.Invalid(path, "", "cannot set both port name & port number"));
        }
        else if (name.Length > 0)
        {
            foreach (var message in NameValidation.IsValidPortName(name))
            {
                errors.Add(FieldError.Invalid(path.Child("service", "port", "name"), name, message));
            }
        }
        else if (number != 0)
        {
            foreach (var message in NameValidation.IsValidPortNum(number))
            {
                errors.Add(FieldError.Invalid(path.Child("service", "port", "number"), number, message));
            }
        }
        else
        {
            errors.Add(FieldError.Required(path, "port name or number is required"));
        }
    }
}
