using Dotkube.Api.ApiExtensions.V1;

namespace Dotkube.Api.Validation.ApiExtensions;

/// <summary>
/// The part of upstream's structural-schema validation implemented so far: apiextensions.k8s.io/v1
/// requires a schema per version, and a structural schema has type "object" at the root.
/// </summary>
public static class SchemaRootValidation
{
    public static void Validate(JSONSchemaProps? schema, FieldPath path, List<FieldError> errors)
    {
        if (schema is null)
        {
            errors.Add(FieldError.Required(path, "schemas are required"));
            return;
        }

        if (string.IsNullOrEmpty(schema.Type))
        {
            errors.Add(FieldError.Required(path.Child("type"), "must not be empty at the root"));
        }
        else if (schema.Type != "object")
        {
            errors.Add(FieldError.Invalid(path.Child("type"), schema.Type, "must be object at the root"));
        }
    }
}
