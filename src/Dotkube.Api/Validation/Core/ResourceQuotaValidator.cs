using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Core;

/// <summary>
/// Upstream ValidateResourceQuota (spec and status) and ValidateResourceQuotaUpdate (spec, and
/// scopes may not change).
/// </summary>
public sealed partial class ResourceQuotaValidator : ObjectValidator<ResourceQuota>
{
    // Upstream standardQuotaResources, besides hugepages-* and requests.hugepages-*.
    private static readonly HashSet<string> QuotaResources = new(StringComparer.Ordinal)
    {
        "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory", "requests.storage",
        "requests.ephemeral-storage", "limits.cpu", "limits.memory", "limits.ephemeral-storage", "pods",
        "resourcequotas", "services", "replicationcontrollers", "secrets", "persistentvolumeclaims",
        "configmaps", "services.nodeports", "services.loadbalancers",
    };

    protected override void ValidateCreate(ResourceQuota obj, List<FieldError> errors)
    {
        ValidateSpec(obj.Spec, errors);
        ValidateResourceList(obj.Status.Hard, FieldPath.Root("status", "hard"), errors);
        ValidateResourceList(obj.Status.Used, FieldPath.Root("status", "used"), errors);
    }

    protected override void ValidateUpdate(ResourceQuota obj, ResourceQuota old, List<FieldError> errors)
    {
        ValidateSpec(obj.Spec, errors);
        var scopes = (obj.Spec.Scopes ?? []).ToHashSet(StringComparer.Ordinal);
        if (!scopes.SetEquals(old.Spec.Scopes ?? []))
        {
            errors.Add(FieldError.Invalid(Spec.Child("scopes"), ScopesLiteral(obj.Spec.Scopes), "field is immutable"));
        }
    }

    private static void ValidateSpec(ResourceQuotaSpec spec, List<FieldError> errors)
    {
        ValidateResourceList(spec.Hard, Spec.Child("hard"), errors);
        ValidateScopes(spec, errors);
        if (spec.ScopeSelector is not null)
        {
            ValidateScopeSelector(spec, errors);
        }
    }

    /// <summary>Upstream ValidateResourceQuotaResourceName and ValidateResourceQuantityValue per entry.</summary>
    private static void ValidateResourceList(Dictionary<string, Quantity>? resources, FieldPath path, List<FieldError> errors)
    {
        foreach (var (name, quantity) in resources ?? [])
        {
            var at = path.Key(name);
            ResourceValidation.ValidateResourceName(name, at, errors);
            if (!name.Contains('/') && !IsQuotaResource(name))
            {
                errors.Add(FieldError.Invalid(at, name, "must be a standard resource for quota"));
            }

            ResourceValidation.ValidateQuantity(name, quantity, at, errors);
        }
    }

    private static bool IsQuotaResource(string name) =>
        QuotaResources.Contains(name) || name.StartsWith("hugepages-", StringComparison.Ordinal) ||
        name.StartsWith("requests.hugepages-", StringComparison.Ordinal);
}
