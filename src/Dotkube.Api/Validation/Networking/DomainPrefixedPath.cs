using System.Text.RegularExpressions;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Networking;

/// <summary>Upstream IsDomainPrefixedPath ("acme.io/foo"): IngressClass controllers, Job managedBy.</summary>
public static partial class DomainPrefixedPath
{
    private const string HttpPathFmt = @"[A-Za-z0-9/\-._~%!$&'()*+,;=:]+";

    public static void Validate(string value, FieldPath path, List<FieldError> errors)
    {
        if (value.Length == 0)
        {
            errors.Add(FieldError.Required(path));
            return;
        }

        var segments = value.Split('/', 2);
        if (segments.Length != 2 || segments[0].Length == 0 || segments[1].Length == 0)
        {
            errors.Add(FieldError.Invalid(path, value, "must be a domain-prefixed path (such as \"acme.io/foo\")"));
            return;
        }

        foreach (var message in NameValidation.IsDNS1123Subdomain(segments[0]))
        {
            errors.Add(FieldError.Invalid(path, segments[0], message));
        }

        if (!HttpPath().IsMatch(segments[1]))
        {
            errors.Add(FieldError.Invalid(path, segments[1], NameValidation.RegexError("Invalid path", HttpPathFmt)));
        }
    }

    [GeneratedRegex("^" + HttpPathFmt + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex HttpPath();
}
