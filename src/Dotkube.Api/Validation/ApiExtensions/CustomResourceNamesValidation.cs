using Dotkube.Api.ApiExtensions.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.ApiExtensions;

/// <summary>Upstream ValidateCustomResourceDefinitionNames and the spec's required names.</summary>
public static class CustomResourceNamesValidation
{
    private const string MixedCase = "may have mixed case, but should otherwise match: ";

    /// <summary>Singular and listKind are defaulted from kind (lower-cased, and + "List"), so unset is accepted.</summary>
    public static void ValidateRequired(CustomResourceDefinitionNames names, FieldPath path, List<FieldError> errors)
    {
        if (names.Plural.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("plural")));
        }

        if (names.Singular is "")
        {
            errors.Add(FieldError.Required(path.Child("singular")));
        }

        if (names.Kind.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("kind")));
        }

        if (names.ListKind is "")
        {
            errors.Add(FieldError.Required(path.Child("listKind")));
        }
    }

    public static void Validate(CustomResourceDefinitionNames names, FieldPath path, List<FieldError> errors)
    {
        Label(names.Plural, names.Plural, path.Child("plural"), "", errors);
        Label(names.Singular ?? "", names.Singular ?? "", path.Child("singular"), "", errors);
        Label(names.Kind.ToLowerInvariant(), names.Kind, path.Child("kind"), MixedCase, errors);
        Label((names.ListKind ?? "").ToLowerInvariant(), names.ListKind ?? "", path.Child("listKind"), MixedCase, errors);
        var shortNames = names.ShortNames ?? [];
        for (var i = 0; i < shortNames.Count; i++)
        {
            AlwaysLabel(shortNames[i], path.Child("shortNames").Index(i), errors);
        }

        if (names.Kind.Length > 0 && names.Kind == names.ListKind)
        {
            errors.Add(FieldError.Invalid(path.Child("listKind"), names.ListKind, "kind and listKind may not be the same"));
        }

        var categories = names.Categories ?? [];
        for (var i = 0; i < categories.Count; i++)
        {
            AlwaysLabel(categories[i], path.Child("categories").Index(i), errors);
        }
    }

    /// <summary>A non-empty value must be a DNS-1035 label (checked lower-cased for kinds).</summary>
    private static void Label(string checkedValue, string shown, FieldPath path, string prefix, List<FieldError> errors)
    {
        if (shown.Length > 0 && NameValidation.IsDNS1035Label(checkedValue) is { Count: > 0 } messages)
        {
            errors.Add(FieldError.Invalid(path, shown, prefix + string.Join(",", messages)));
        }
    }

    private static void AlwaysLabel(string value, FieldPath path, List<FieldError> errors)
    {
        if (NameValidation.IsDNS1035Label(value) is { Count: > 0 } messages)
        {
            errors.Add(FieldError.Invalid(path, value, string.Join(",", messages)));
        }
    }
}
