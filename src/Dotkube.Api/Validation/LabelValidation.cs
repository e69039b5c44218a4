using Dotkube.Api.Meta;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation;

/// <summary>Label maps and LabelSelectors, as upstream's metav1 validation.</summary>
public static class LabelValidation
{
    public static void ValidateLabels(IReadOnlyDictionary<string, string>? labels, FieldPath path, List<FieldError> errors)
    {
        if (labels is null)
        {
            return;
        }

        foreach (var (key, value) in labels)
        {
            foreach (var message in NameValidation.IsQualifiedName(key))
            {
                errors.Add(FieldError.Invalid(path, key, message));
            }

            foreach (var message in NameValidation.IsValidLabelValue(value))
            {
                errors.Add(FieldError.Invalid(path, value, message));
            }
        }
    }

    /// <summary>matchLabels must be valid labels; In/NotIn need values, Exists/DoesNotExist forbid them.</summary>
    public static void ValidateLabelSelector(LabelSelector? selector, FieldPath path, List<FieldError> errors)
    {
        if (selector is null)
        {
            return;
        }

        ValidateLabels(selector.MatchLabels, path.Child("matchLabels"), errors);
        if (selector.MatchExpressions is null)
        {
            return;
        }

        for (var i = 0; i < selector.MatchExpressions.Count; i++)
        {
            var requirement = selector.MatchExpressions[i];
            var at = path.Child("matchExpressions").Index(i);
            var valueCount = requirement.Values?.Count ?? 0;
            switch (requirement.Operator)
            {
                case "In" or "NotIn":
                    if (valueCount == 0)
                    {
                        errors.Add(FieldError.Required(at.Child("values"), "must be specified when `operator` is 'In' or 'NotIn'"));
                    }

                    break;
                case "Exists" or "DoesNotExist":
                    if (valueCount > 0)
                    {
                        errors.Add(FieldError.Forbidden(at.Child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                    }

                    break;
                default:
                    errors.Add(FieldError.Invalid(at.Child("operator"), requirement.Operator, "not a valid selector operator"));
                    break;
            }

            foreach (var message in NameValidation.IsQualifiedName(requirement.Key))
            {
                errors.Add(FieldError.Invalid(at.Child("key"), requirement.Key, message));
            }
        }
    }
}
