using Dotkube.Api.Naming;
using Dotkube.Api.Networking.V1;

namespace Dotkube.Api.Validation.Networking;

/// <summary>Upstream validateIngressRules / validateHTTPIngressPath: hosts, paths and path types.</summary>
public static class IngressRuleValidation
{
    // sets.List order, as upstream prints them.
    private static readonly string[] PathTypes = [PathType.Exact, PathType.ImplementationSpecific, PathType.Prefix];
    private static readonly string[] InvalidSequences = ["//", "/./", "/../", "%2f", "%2F"];
    private static readonly string[] InvalidSuffixes = ["/..", "/."];

    public static void Validate(IngressRule rule, FieldPath path, bool allowInvalidWildcardHostRule, List<FieldError> errors)
    {
        var wildcard = false;
        if (rule.Host is { Length: > 0 } host)
        {
            if (IPValidation.ParseIP(host) is not null)
            {
                errors.Add(FieldError.Invalid(path.Child("host"), host, "must be a DNS name, not an IP address"));
            }

            wildcard = host.Contains('*', StringComparison.Ordinal);
            var messages = wildcard ? NameValidation.IsWildcardDNS1123Subdomain(host) : NameValidation.IsDNS1123Subdomain(host);
            foreach (var message in messages)
            {
                errors.Add(FieldError.Invalid(path.Child("host"), host, message));
            }
        }

        if (!wildcard || !allowInvalidWildcardHostRule)
        {
            errors.AddRange(RuleValueErrors(rule, path));
        }
    }

    /// <summary>The http part of a rule (upstream validateIngressRuleValue).</summary>
    public static List<FieldError> RuleValueErrors(IngressRule rule, FieldPath path)
    {
        var errors = new List<FieldError>();
        if (rule.Http is not { } http)
        {
            return errors;
        }

        var pathsPath = path.Child("http", "paths");
        if (http.Paths.Count == 0)
        {
            errors.Add(FieldError.Required(pathsPath));
        }

        for (var i = 0; i < http.Paths.Count; i++)
        {
            ValidatePath(http.Paths[i], pathsPath.Index(i), errors);
        }

        return errors;
    }

    private static void ValidatePath(HTTPIngressPath ingressPath, FieldPath path, List<FieldError> errors)
    {
        if (ingressPath.PathType is not { } pathType)
        {
            errors.Add(FieldError.Required(path.Child("pathType"), "pathType must be specified"));
            return;
        }

        var value = ingressPath.Path ?? "";
        switch (pathType)
        {
            case PathType.Exact or PathType.Prefix:
                if (!value.StartsWith('/'))
                {
                    errors.Add(FieldError.Invalid(path.Child("path"), value, "must be an absolute path"));
                }

                foreach (var sequence in InvalidSequences.Where(s => value.Contains(s, StringComparison.Ordinal)))
                {
                    errors.Add(FieldError.Invalid(path.Child("path"), value, $"must not contain '{sequence}'"));
                }

                foreach (var suffix in InvalidSuffixes.Where(s => value.EndsWith(s, StringComparison.Ordinal)))
                {
                    errors.Add(FieldError.Invalid(path.Child("path"), value, $"cannot end with '{suffix}'"));
                }

                break;
            case PathType.ImplementationSpecific:
                if (value.Length > 0 && !value.StartsWith('/'))
                {
                    errors.Add(FieldError.Invalid(path.Child("path"), value, "must be an absolute path"));
                }

                break;
            default:
                errors.Add(FieldError.NotSupported(path.Child("pathType"), pathType, PathTypes));
                break;
        }

        IngressBackendValidation.Validate(ingressPath.Backend, path.Child("backend"), errors);
    }
}
