using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;
using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Core;

/// <summary>Upstream resource-name and quantity rules (validateResourceRequirements and helpers).</summary>
public static class ResourceValidation
{
    // Upstream standardResources (helper.IsStandardResourceName), besides hugepages-*.
    private static readonly HashSet<string> StandardResources = new(StringComparer.Ordinal)
    {
        "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory", "requests.ephemeral-storage",
        "limits.cpu", "limits.memory", "limits.ephemeral-storage", "pods", "services", "replicationcontrollers",
        "resourcequotas", "secrets", "persistentvolumeclaims", "configmaps", "storage", "requests.storage",
        "services.nodeports", "services.loadbalancers",
    };

    // Upstream integerResources: counts, which may not be fractional.
    private static readonly HashSet<string> IntegerResources = new(StringComparer.Ordinal)
    {
        "pods", "services", "replicationcontrollers", "resourcequotas", "secrets", "configmaps",
        "persistentvolumeclaims", "services.nodeports", "services.loadbalancers",
    };

    /// <summary>
    /// Container (and pod overhead) requests and limits: standard names, non-negative quantities,
    /// requests at most the limits (equal for resources that cannot be overcommitted).
    /// </summary>
    public static void ValidateContainerResources(ResourceRequirements resources, IReadOnlySet<string> claimNames, FieldPath path, List<FieldError> errors)
    {
        var limitsPath = path.Child("limits");
        var requestsPath = path.Child("requests");
        var limits = resources.Limits ?? [];
        foreach (var (name, quantity) in limits)
        {
            ValidateContainerResourceName(name, limitsPath.Key(name), errors);
            ValidateQuantity(name, quantity, limitsPath.Key(name), errors);
        }

        foreach (var (name, quantity) in resources.Requests ?? [])
        {
            ValidateContainerResourceName(name, requestsPath.Key(name), errors);
            ValidateQuantity(name, quantity, requestsPath.Key(name), errors);

            // Upstream reports these against "requests", not the keyed entry.
            if (limits.TryGetValue(name, out var limit))
            {
                if (quantity.CompareTo(limit) != 0 && !IsOvercommitAllowed(name))
                {
                    errors.Add(FieldError.Invalid(requestsPath, quantity.ToString(), $"must be equal to {name} limit of {limit}"));
                }
                else if (quantity.CompareTo(limit) > 0)
                {
                    errors.Add(FieldError.Invalid(requestsPath, quantity.ToString(), $"must be less than or equal to {name} limit of {limit}"));
                }
            }
            else if (!IsOvercommitAllowed(name))
            {
                errors.Add(FieldError.Required(limitsPath, "Limit must be set for non overcommitable resources"));
            }
        }

        var names = limits.Keys.Concat(resources.Requests?.Keys ?? Enumerable.Empty<string>()).ToList();
        if (names.Any(IsHugePages) && !names.Any(n => n is "cpu" or "memory"))
        {
            errors.Add(FieldError.Forbidden(path, "HugePages require cpu or memory"));
        }

        ValidateClaims(resources.Claims, claimNames, path.Child("claims"), errors);
    }

    /// <summary>Upstream ValidateResourceQuantityValue: not negative; counts must be whole.</summary>
    public static void ValidateQuantity(string name, Quantity quantity, FieldPath path, List<FieldError> errors)
    {
        if (quantity.Sign < 0)
        {
            errors.Add(FieldError.Invalid(path, quantity.ToString(), "must be greater than or equal to 0"));
        }

        if (IsIntegerResource(name) && quantity.MilliValue() % 1000 != 0)
        {
            errors.Add(FieldError.Invalid(path, quantity, "must be an integer"));
        }
    }

    /// <summary>Upstream validateResourceName: a qualified name, standard when unprefixed.</summary>
    public static bool ValidateResourceName(string name, FieldPath path, List<FieldError> errors)
    {
        var messages = NameValidation.IsQualifiedName(name);
        foreach (var message in messages)
        {
            errors.Add(FieldError.Invalid(path, name, message));
        }

        if (messages.Count > 0)
        {
            return false;
        }

        if (!name.Contains('/') && !IsStandardResourceName(name))
        {
            errors.Add(FieldError.Invalid(path, name, "must be a standard resource type or fully qualified"));
            return false;
        }

        return true;
    }

    public static bool IsStandardResourceName(string name) =>
        StandardResources.Contains(name) || IsHugePages(name) ||
        name.StartsWith("requests.hugepages-", StringComparison.Ordinal) ||
        name.StartsWith("limits.hugepages-", StringComparison.Ordinal);

    private static void ValidateContainerResourceName(string name, FieldPath path, List<FieldError> errors)
    {
        ValidateResourceName(name, path, errors);
        if (!name.Contains('/') && name is not ("cpu" or "memory" or "ephemeral-storage") && !IsHugePages(name))
        {
            errors.Add(FieldError.Invalid(path, name, "must be a standard resource for containers"));
        }
    }

    private static void ValidateClaims(List<ResourceClaim>? claims, IReadOnlySet<string> claimNames, FieldPath path, List<FieldError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (claims?.Count ?? 0); i++)
        {
            var name = claims![i].Name;
            var at = path.Index(i);
            if (name.Length == 0)
            {
                errors.Add(FieldError.Required(at));
                continue;
            }

            if (!seen.Add(name))
            {
                errors.Add(FieldError.Duplicate(at, name));
            }

            if (!claimNames.Contains(name))
            {
                errors.Add(FieldError.NotFound(at, name));
            }
        }
    }

    private static bool IsHugePages(string name) => name.StartsWith("hugepages-", StringComparison.Ordinal);

    /// <summary>Native resources (no domain, or a kubernetes.io domain) other than hugepages.</summary>
    private static bool IsOvercommitAllowed(string name) => IsNative(name) && !IsHugePages(name);

    private static bool IsNative(string name) => !name.Contains('/') || name.Contains("kubernetes.io/", StringComparison.Ordinal);

    private static bool IsIntegerResource(string name) =>
        IntegerResources.Contains(name) || name.StartsWith("count/", StringComparison.Ordinal) ||
        (!IsNative(name) && !name.StartsWith("requests.", StringComparison.Ordinal));
}
