using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

public static partial class PodSpecValidation
{
    // Upstream limits, from libc's resolver.
    private const int MaxDnsNameservers = 3;
    private const int MaxDnsSearchPaths = 32;
    private const int MaxDnsSearchListChars = 2048;

    /// <summary>
    /// Upstream validatePodDNSConfig. Search domains use the strict subdomain rule
    /// (RelaxedDNSSearchValidation is alpha and off in v1.32).
    /// </summary>
    private static void ValidateDnsConfig(PodDNSConfig? config, string? policy, FieldPath path, List<FieldError> errors)
    {
        if (policy == DNSPolicy.None)
        {
            if (config is null)
            {
                errors.Add(FieldError.Required(path, "must provide `dnsConfig` when `dnsPolicy` is None"));
                return;
            }

            if (config.Nameservers is not { Count: > 0 })
            {
                errors.Add(FieldError.Required(path.Child("nameservers"), "must provide at least one DNS nameserver when `dnsPolicy` is None"));
                return;
            }
        }

        if (config is null)
        {
            return;
        }

        var nameservers = config.Nameservers ?? [];
        if (nameservers.Count > MaxDnsNameservers)
        {
            errors.Add(FieldError.Invalid(path.Child("nameservers"), nameservers, $"must not have more than {MaxDnsNameservers} nameservers"));
        }

        for (var i = 0; i < nameservers.Count; i++)
        {
            foreach (var message in IPValidation.IsValidIP(nameservers[i]))
            {
                errors.Add(FieldError.Invalid(path.Child("nameservers").Index(i), nameservers[i], message));
            }
        }

        var searches = config.Searches ?? [];
        if (searches.Count > MaxDnsSearchPaths)
        {
            errors.Add(FieldError.Invalid(path.Child("searches"), searches, $"must not have more than {MaxDnsSearchPaths} search paths"));
        }

        if (string.Join(' ', searches).Length > MaxDnsSearchListChars)
        {
            errors.Add(FieldError.Invalid(path.Child("searches"), searches,
                $"must not have more than {MaxDnsSearchListChars} characters (including spaces) in the search list"));
        }

        for (var i = 0; i < searches.Count; i++)
        {
            var search = searches[i].EndsWith('.') ? searches[i][..^1] : searches[i];
            foreach (var message in NameValidation.IsDNS1123Subdomain(search))
            {
                errors.Add(FieldError.Invalid(path.Child("searches").Index(i), search, message));
            }
        }

        for (var i = 0; i < (config.Options?.Count ?? 0); i++)
        {
            if (string.IsNullOrEmpty(config.Options![i].Name))
            {
                errors.Add(FieldError.Required(path.Child("options").Index(i), "must not be empty"));
            }
        }
    }

    /// <summary>Upstream ValidateHostAliases: an IP and DNS-subdomain hostnames.</summary>
    private static void ValidateHostAliases(List<HostAlias>? aliases, FieldPath path, List<FieldError> errors)
    {
        for (var i = 0; i < (aliases?.Count ?? 0); i++)
        {
            var alias = aliases![i];
            foreach (var message in IPValidation.IsValidIP(alias.IP))
            {
                errors.Add(FieldError.Invalid(path.Index(i).Child("ip"), alias.IP, message));
            }

            for (var j = 0; j < (alias.Hostnames?.Count ?? 0); j++)
            {
                foreach (var message in NameValidation.IsDNS1123Subdomain(alias.Hostnames![j]))
                {
                    errors.Add(FieldError.Invalid(path.Index(i).Child("hostnames").Index(j), alias.Hostnames[j], message));
                }
            }
        }
    }

    /// <summary>Upstream validateReadinessGates and validateSchedulingGates: qualified names, gates unique.</summary>
    private static void ValidateGates(PodSpec spec, FieldPath path, List<FieldError> errors)
    {
        for (var i = 0; i < (spec.ReadinessGates?.Count ?? 0); i++)
        {
            var condition = spec.ReadinessGates![i].ConditionType;
            foreach (var message in NameValidation.IsQualifiedName(condition))
            {
                errors.Add(FieldError.Invalid(path.Child("readinessGates").Index(i).Child("conditionType"), condition, message));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (spec.SchedulingGates?.Count ?? 0); i++)
        {
            var name = spec.SchedulingGates![i].Name;
            var at = path.Child("schedulingGates").Index(i);
            foreach (var message in NameValidation.IsQualifiedName(name))
            {
                errors.Add(FieldError.Invalid(at, name, message));
            }

            if (!seen.Add(name))
            {
                errors.Add(FieldError.Duplicate(at, name));
            }
        }
    }
}
