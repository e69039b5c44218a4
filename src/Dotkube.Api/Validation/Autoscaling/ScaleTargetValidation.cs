namespace Dotkube.Api.Validation.Autoscaling;

/// <summary>Upstream ValidateCrossVersionObjectReference and validateMetricIdentifier's name rule.</summary>
public static class ScaleTargetValidation
{
    public static void ValidateReference(string kind, string name, FieldPath path, List<FieldError> errors)
    {
        ValidatePathSegment(kind, path.Child("kind"), "", errors);
        ValidatePathSegment(name, path.Child("name"), "", errors);
    }

    /// <summary>Required (with <paramref name="requiredDetail"/>) when empty, else a valid path segment.</summary>
    public static void ValidatePathSegment(string value, FieldPath path, string requiredDetail, List<FieldError> errors)
    {
        if (value.Length == 0)
        {
            errors.Add(FieldError.Required(path, requiredDetail));
            return;
        }

        foreach (var message in NameRule.PathSegment.Check(value, prefix: false))
        {
            errors.Add(FieldError.Invalid(path, value, message));
        }
    }
}
