using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Networking;

/// <summary>Upstream validateIngressTypedLocalObjectReference: apiGroup a DNS subdomain, kind and name path segments.</summary>
public static class ReferenceValidation
{
    public static void ValidateTypedReference(string? apiGroup, string kind, string name, FieldPath path, List<FieldError> errors)
    {
        if (apiGroup is not null)
        {
            foreach (var message in NameValidation.IsDNS1123Subdomain(apiGroup))
            {
                errors.Add(FieldError.Invalid(path.Child("apiGroup"), apiGroup, message));
            }
        }

        ValidateSegment(kind, path.Child("kind"), errors);
        ValidateSegment(name, path.Child("name"), errors);
    }

    private static void ValidateSegment(string value, FieldPath path, List<FieldError> errors)
    {
        if (value.Length == 0)
        {
            errors.Add(FieldError.Required(path));
            return;
        }

        foreach (var message in NameRule.PathSegment.Check(value, prefix: false))
        {
            errors.Add(FieldError.Invalid(path, value, message));
        }
    }
}
