using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;
using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Core;

/// <summary>
/// Upstream ValidateLimitRange: one item per type, valid resource names per type, and per resource
/// min &lt;= defaultRequest &lt;= default &lt;= max and 1 &lt;= maxLimitRequestRatio &lt;= max/min.
/// Upstream walks Go maps, so its error order varies; here it follows the written order.
/// </summary>
public sealed partial class LimitRangeValidator : ObjectValidator<LimitRange>
{
    private static readonly string[] StandardTypes = ["Pod", "Container", "PersistentVolumeClaim"];

    protected override void ValidateCreate(LimitRange obj, List<FieldError> errors)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        var limits = obj.Spec.Limits;
        for (var i = 0; i < limits.Count; i++)
        {
            var item = limits[i];
            var at = Spec.Child("limits").Index(i);
            ValidateTypeName(item.Type, at.Child("type"), errors);
            if (!types.Add(item.Type))
            {
                errors.Add(FieldError.Duplicate(at.Child("type"), item.Type));
            }

            var keys = new List<string>();
            ValidateNames(item.Type, item.Max, at.Child("max"), keys, errors);
            ValidateNames(item.Type, item.Min, at.Child("min"), keys, errors);
            if (item.Type == "Pod")
            {
                if (item.Default is { Count: > 0 })
                {
                    errors.Add(FieldError.Forbidden(at.Child("default"), "may not be specified when `type` is 'Pod'"));
                }

                if (item.DefaultRequest is { Count: > 0 })
                {
                    errors.Add(FieldError.Forbidden(at.Child("defaultRequest"), "may not be specified when `type` is 'Pod'"));
                }
            }
            else
            {
                ValidateNames(item.Type, item.Default, at.Child("default"), keys, errors);
                ValidateNames(item.Type, item.DefaultRequest, at.Child("defaultRequest"), keys, errors);
            }

            if (item.Type == "PersistentVolumeClaim" && item.Min?.ContainsKey("storage") != true && item.Max?.ContainsKey("storage") != true)
            {
                errors.Add(FieldError.Required(at.Child("limits"), "either minimum or maximum storage value is required, but neither was provided"));
            }

            ValidateNames(item.Type, item.MaxLimitRequestRatio, at.Child("maxLimitRequestRatio"), keys, errors);
            foreach (var key in keys)
            {
                ValidateBounds(item, key, at, errors);
            }
        }
    }

    /// <summary>Upstream validateLimitRangeTypeName: a qualified name, standard when unprefixed.</summary>
    private static void ValidateTypeName(string type, FieldPath path, List<FieldError> errors)
    {
        var messages = NameValidation.IsQualifiedName(type);
        foreach (var message in messages)
        {
            errors.Add(FieldError.Invalid(path, type, message));
        }

        if (messages.Count == 0 && !type.Contains('/') && !StandardTypes.Contains(type))
        {
            errors.Add(FieldError.Invalid(path, type, "must be a standard limit type or fully qualified"));
        }
    }

    /// <summary>Upstream validateLimitRangeResourceName; collects each resource once into <paramref name="keys"/>.</summary>
    private static void ValidateNames(string type, Dictionary<string, Quantity>? resources, FieldPath path, List<string> keys, List<FieldError> errors)
    {
        foreach (var name in resources?.Keys ?? Enumerable.Empty<string>())
        {
            if (type is "Pod" or "Container")
            {
                ValidateContainerResourceName(name, path.Key(name), errors);
            }
            else
            {
                ResourceValidation.ValidateResourceName(name, path.Key(name), errors);
            }

            if (!keys.Contains(name))
            {
                keys.Add(name);
            }
        }
    }

    /// <summary>Upstream validateContainerResourceName: standard container resources or extended resources.</summary>
    private static void ValidateContainerResourceName(string name, FieldPath path, List<FieldError> errors)
    {
        ResourceValidation.ValidateResourceName(name, path, errors);
        if (!name.Contains('/'))
        {
            if (name is not ("cpu" or "memory" or "ephemeral-storage") && !name.StartsWith("hugepages-", StringComparison.Ordinal))
            {
                errors.Add(FieldError.Invalid(path, name, "must be a standard resource for containers"));
            }
        }
        else if (!name.Contains("kubernetes.io/", StringComparison.Ordinal) && !IsExtendedResourceName(name))
        {
            errors.Add(FieldError.Invalid(path, name, "doesn't follow extended resource name standard"));
        }
    }

    /// <summary>Upstream IsExtendedResourceName for a name outside kubernetes.io.</summary>
    private static bool IsExtendedResourceName(string name) =>
        !name.StartsWith("requests.", StringComparison.Ordinal) && NameValidation.IsQualifiedName("requests." + name).Count == 0;
}
