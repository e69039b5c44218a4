using System.Text.RegularExpressions;

namespace Dotkube.Api.Naming;

/// <summary>
/// k8s.io/apimachinery util/validation: the name and key rules of the API. Each check returns
/// upstream's messages (empty when valid); callers wrap them in field errors with the value.
/// Regexes are anchored with <c>\z</c> because Go's <c>$</c> never matches before a final newline.
/// </summary>
public static partial class NameValidation
{
    public const int DNS1123LabelMaxLength = 63;
    public const int DNS1123SubdomainMaxLength = 253;
    public const int DNS1035LabelMaxLength = 63;
    public const int QualifiedNameMaxLength = 63;
    public const int LabelValueMaxLength = 63;

    private const string Dns1123LabelFmt = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private const string Dns1123LabelErrMsg = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
    private const string Dns1123SubdomainFmt = Dns1123LabelFmt + "(\\." + Dns1123LabelFmt + ")*";
    private const string Dns1123SubdomainErrMsg = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
    private const string Dns1035LabelFmt = "[a-z]([-a-z0-9]*[a-z0-9])?";
    private const string Dns1035LabelErrMsg = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
    private const string WildcardDns1123SubdomainFmt = "\\*\\." + Dns1123SubdomainFmt;
    private const string WildcardDns1123SubdomainErrMsg = "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character";
    private const string QualifiedNameFmt = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
    private const string QualifiedNameErrMsg = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
    private const string LabelValueFmt = "(" + QualifiedNameFmt + ")?";
    private const string LabelValueErrMsg = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    /// <summary>IsDNS1123Label: at most 63 characters of [a-z0-9-], alphanumeric at both ends (namespace and service names).</summary>
    public static IReadOnlyList<string> IsDNS1123Label(string value)
    {
        var errors = new List<string>();
        if (GoLength(value) > DNS1123LabelMaxLength)
        {
            errors.Add(MaxLenError(DNS1123LabelMaxLength));
        }

        if (!Dns1123Label().IsMatch(value))
        {
            // A valid subdomain that is not a valid label (length was checked above) has dots.
            errors.Add(Dns1123Subdomain().IsMatch(value)
                ? "must not contain dots"
                : RegexError(Dns1123LabelErrMsg, Dns1123LabelFmt, "my-name", "123-abc"));
        }

        return errors;
    }

    /// <summary>IsDNS1123Subdomain: at most 253 characters of dot-separated RFC 1123 labels (most object names).</summary>
    public static IReadOnlyList<string> IsDNS1123Subdomain(string value)
    {
        var errors = new List<string>();
        if (GoLength(value) > DNS1123SubdomainMaxLength)
        {
            errors.Add(MaxLenError(DNS1123SubdomainMaxLength));
        }

        if (!Dns1123Subdomain().IsMatch(value))
        {
            errors.Add(RegexError(Dns1123SubdomainErrMsg, Dns1123SubdomainFmt, "example.com"));
        }

        return errors;
    }

    /// <summary>IsDNS1035Label: as a DNS-1123 label but starting with a letter (service names, port names of some kinds).</summary>
    public static IReadOnlyList<string> IsDNS1035Label(string value)
    {
        var errors = new List<string>();
        if (GoLength(value) > DNS1035LabelMaxLength)
        {
            errors.Add(MaxLenError(DNS1035LabelMaxLength));
        }

        if (!Dns1035Label().IsMatch(value))
        {
            errors.Add(RegexError(Dns1035LabelErrMsg, Dns1035LabelFmt, "my-name", "abc-123"));
        }

        return errors;
    }

    /// <summary>IsWildcardDNS1123Subdomain: "*." followed by a DNS-1123 subdomain.</summary>
    public static IReadOnlyList<string> IsWildcardDNS1123Subdomain(string value)
    {
        var errors = new List<string>();
        if (GoLength(value) > DNS1123SubdomainMaxLength)
        {
            errors.Add(MaxLenError(DNS1123SubdomainMaxLength));
        }

        if (!WildcardDns1123Subdomain().IsMatch(value))
        {
            errors.Add(RegexError(WildcardDns1123SubdomainErrMsg, WildcardDns1123SubdomainFmt, "*.example.com"));
        }

        return errors;
    }

    /// <summary>
    /// IsQualifiedName (label and annotation keys): an optional DNS-1123 subdomain prefix and
    /// '/', then a name part of at most 63 alphanumerics, '-', '_' or '.', alphanumeric at both ends.
    /// </summary>
    public static IReadOnlyList<string> IsQualifiedName(string value)
    {
        var errors = new List<string>();
        var parts = value.Split('/');
        string name;
        switch (parts.Length)
        {
            case 1:
                name = parts[0];
                break;
            case 2:
                var prefix = parts[0];
                name = parts[1];
                if (prefix.Length == 0)
                {
                    errors.Add("prefix part " + EmptyError());
                }
                else
                {
                    errors.AddRange(IsDNS1123Subdomain(prefix).Select(message => "prefix part " + message));
                }

                break;
            default:
                errors.Add("a qualified name " + RegexError(QualifiedNameErrMsg, QualifiedNameFmt, "MyName", "my.name", "123-abc")
                    + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
                return errors;
        }

        if (name.Length == 0)
        {
            errors.Add("name part " + EmptyError());
        }
        else if (GoLength(name) > QualifiedNameMaxLength)
        {
            errors.Add("name part " + MaxLenError(QualifiedNameMaxLength));
        }

        if (!QualifiedName().IsMatch(name))
        {
            errors.Add("name part " + RegexError(QualifiedNameErrMsg, QualifiedNameFmt, "MyName", "my.name", "123-abc"));
        }

        return errors;
    }

    /// <summary>IsValidLabelValue: empty, or at most 63 alphanumerics, '-', '_' or '.', alphanumeric at both ends.</summary>
    public static IReadOnlyList<string> IsValidLabelValue(string value)
    {
        var errors = new List<string>();
        if (GoLength(value) > LabelValueMaxLength)
        {
            errors.Add(MaxLenError(LabelValueMaxLength));
        }

        if (!LabelValue().IsMatch(value))
        {
            errors.Add(RegexError(LabelValueErrMsg, LabelValueFmt, "MyValue", "my_value", "12345"));
        }

        return errors;
    }

    [GeneratedRegex("^" + Dns1123LabelFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Dns1123Label();

    [GeneratedRegex("^" + Dns1123SubdomainFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Dns1123Subdomain();

    [GeneratedRegex("^" + Dns1035LabelFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Dns1035Label();

    [GeneratedRegex("^" + WildcardDns1123SubdomainFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex WildcardDns1123Subdomain();

    [GeneratedRegex("^" + QualifiedNameFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedName();

    [GeneratedRegex("^" + LabelValueFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex LabelValue();
}
