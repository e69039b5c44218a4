using Dotkube.Api.Core.V1;

using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Core;

public sealed partial class ResourceQuotaValidator
{
    private const string ExistsOnly =
        "must be 'Exists' when scope is any of ResourceQuotaScopeTerminating, ResourceQuotaScopeNotTerminating, " +
        "ResourceQuotaScopeBestEffort, ResourceQuotaScopeNotBestEffort or ResourceQuotaScopeCrossNamespacePodAffinity";

    // Upstream IsStandardResourceQuotaScope (VolumeAttributesClass is behind a feature gate off in v1.32).
    private static readonly HashSet<string> Scopes = new(StringComparer.Ordinal)
    {
        "Terminating", "NotTerminating", "BestEffort", "NotBestEffort", "PriorityClass", "CrossNamespacePodAffinity",
    };

    private static readonly (string, string)[] ConflictingScopes = [("BestEffort", "NotBestEffort"), ("Terminating", "NotTerminating")];

    /// <summary>Upstream validateResourceQuotaScopes: the bad value is always the whole scopes list.</summary>
    private static void ValidateScopes(ResourceQuotaSpec spec, List<FieldError> errors)
    {
        var scopes = spec.Scopes ?? [];
        if (scopes.Count == 0)
        {
            return;
        }

        var path = Spec.Child("scopes");
        foreach (var scope in scopes)
        {
            if (!Scopes.Contains(scope))
            {
                errors.Add(FieldError.Invalid(path, ScopesLiteral(spec.Scopes), "unsupported scope"));
            }

            foreach (var _ in SortedStandardResources(spec).Where(r => !IsScopeValidForResource(scope, r)))
            {
                errors.Add(FieldError.Invalid(path, ScopesLiteral(spec.Scopes), "unsupported scope applied to resource"));
            }
        }

        AddConflicts(scopes, path, spec.Scopes, errors);
    }

    /// <summary>Upstream validateScopedResourceSelectorRequirement.</summary>
    private static void ValidateScopeSelector(ResourceQuotaSpec spec, List<FieldError> errors)
    {
        var path = Spec.Child("scopeSelector", "matchExpressions");
        var names = new List<string>();
        foreach (var requirement in spec.ScopeSelector!.MatchExpressions ?? [])
        {
            var scope = requirement.ScopeName;
            if (!Scopes.Contains(scope))
            {
                errors.Add(FieldError.Invalid(path.Child("scopeName"), scope, "unsupported scope"));
            }

            foreach (var _ in SortedStandardResources(spec).Where(r => !IsScopeValidForResource(scope, r)))
            {
                errors.Add(FieldError.Invalid(path, SelectorLiteral(spec.ScopeSelector), "unsupported scope applied to resource"));
            }

            if (scope is "BestEffort" or "NotBestEffort" or "Terminating" or "NotTerminating" or "CrossNamespacePodAffinity" &&
                requirement.Operator != "Exists")
            {
                errors.Add(FieldError.Invalid(path.Child("operator"), requirement.Operator, ExistsOnly));
            }

            var valueCount = requirement.Values?.Count ?? 0;
            switch (requirement.Operator)
            {
                case "In" or "NotIn":
                    if (valueCount == 0)
                    {
                        errors.Add(FieldError.Required(path.Child("values"), "must be at least one value when `operator` is 'In' or 'NotIn' for scope selector"));
                    }

                    break;
                case "Exists" or "DoesNotExist":
                    if (valueCount != 0)
                    {
                        errors.Add(FieldError.Invalid(path.Child("values"), requirement.Values, "must be no value when `operator` is 'Exist' or 'DoesNotExist' for scope selector"));
                    }

                    break;
                default:
                    errors.Add(FieldError.Invalid(path.Child("operator"), requirement.Operator, "not a valid selector operator"));
                    break;
            }

            names.Add(scope);
        }

        // Upstream reports the conflict with spec.scopes as the bad value.
        AddConflicts(names, path, spec.Scopes, errors);
    }

    private static void AddConflicts(List<string> scopes, FieldPath path, List<string>? shown, List<FieldError> errors)
    {
        foreach (var (a, b) in ConflictingScopes)
        {
            if (scopes.Contains(a) && scopes.Contains(b))
            {
                errors.Add(FieldError.Invalid(path, ScopesLiteral(shown), "conflicting scopes"));
            }
        }
    }

    /// <summary>The hard resources upstream checks against scopes: standard quota names, sorted.</summary>
    private static IEnumerable<string> SortedStandardResources(ResourceQuotaSpec spec) =>
        (spec.Hard?.Keys ?? Enumerable.Empty<string>()).Where(IsQuotaResource).Order(StringComparer.Ordinal);

    /// <summary>Upstream IsResourceQuotaScopeValidForResource: pod scopes only limit pod counts and compute.</summary>
    private static bool IsScopeValidForResource(string scope, string resource)
    {
        var podCount = resource == "pods";
        var compute = resource is "cpu" or "memory" or "limits.cpu" or "limits.memory" or "requests.cpu" or "requests.memory";
        return scope switch
        {
            "Terminating" or "NotTerminating" or "NotBestEffort" or "PriorityClass" or "CrossNamespacePodAffinity" => podCount || compute,
            "BestEffort" => podCount,
            _ => true,
        };
    }

    /// <summary>Go's %#v of a []core.ResourceQuotaScope, upstream's bad value for scope errors.</summary>
    private static GoSyntax ScopesLiteral(List<string>? scopes) => GoSyntax.Raw(scopes is null
        ? "[]core.ResourceQuotaScope(nil)"
        : "[]core.ResourceQuotaScope{" + string.Join(", ", scopes.Select(GoStrings.Quote)) + "}");

    /// <summary>Go's %#v of a core.ScopeSelector.</summary>
    private static GoSyntax SelectorLiteral(ScopeSelector selector)
    {
        const string type = "core.ScopedResourceSelectorRequirement";
        var requirements = selector.MatchExpressions is not { } list
            ? $"[]{type}(nil)"
            : $"[]{type}{{" + string.Join(", ", list.Select(r =>
                $"{type}{{ScopeName:{GoStrings.Quote(r.ScopeName)}, Operator:{GoStrings.Quote(r.Operator)}, Values:{StringsLiteral(r.Values)}}}")) + "}";
        return GoSyntax.Raw($"core.ScopeSelector{{MatchExpressions:{requirements}}}");
    }

    private static string StringsLiteral(List<string>? values) =>
        values is null ? "[]string(nil)" : "[]string{" + string.Join(", ", values.Select(GoStrings.Quote)) + "}";
}
