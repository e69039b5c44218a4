using System.Text;
using System.Text.RegularExpressions;

namespace Dotkube.Api.Naming;

public static partial class NameValidation
{
    private const string CIdentifierFmt = "[A-Za-z_][A-Za-z0-9_]*";
    private const string CIdentifierErrMsg = "a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_'";
    private const string EnvVarNameFmt = "[-._a-zA-Z][-._a-zA-Z0-9]*";
    private const string EnvVarNameErrMsg = "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit";
    private const string RelaxedEnvVarNameErrMsg = "a valid environment variable name must consist only of printable ASCII characters other than '='";
    private const string ConfigMapKeyFmt = "[-._a-zA-Z0-9]+";
    private const string ConfigMapKeyErrMsg = "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";
    private const string PercentFmt = "[0-9]+%";
    private const string PercentErrMsg = "a valid percent string must be a numeric string followed by an ending '%'";
    private const string HttpHeaderNameFmt = "[-A-Za-z0-9]+";
    private const string HttpHeaderNameErrMsg = "a valid HTTP header must consist of alphanumeric characters or '-'";

    /// <summary>IsCIdentifier: a C identifier (format only, no length limit).</summary>
    public static IReadOnlyList<string> IsCIdentifier(string value) =>
        CIdentifier().IsMatch(value) ? [] : [RegexError(CIdentifierErrMsg, CIdentifierFmt, "my_name", "MY_NAME", "MyName")];

    /// <summary>IsEnvVarName: letters, digits, '_', '-', '.', not starting with a digit, and not ".", ".." or "..*".</summary>
    public static IReadOnlyList<string> IsEnvVarName(string value)
    {
        var errors = new List<string>();
        if (!EnvVarName().IsMatch(value))
        {
            errors.Add(RegexError(EnvVarNameErrMsg, EnvVarNameFmt, "my.env-name", "MY_ENV.NAME", "MyEnvName1"));
        }

        errors.AddRange(ChDirPrefixErrors(value));
        return errors;
    }

    /// <summary>
    /// IsRelaxedEnvVarName (RelaxedEnvironmentVariableValidation, beta and on by default in
    /// v1.32): any printable ASCII except '='.
    /// </summary>
    public static IReadOnlyList<string> IsRelaxedEnvVarName(string value)
    {
        var errors = new List<string>();
        if (value.Length == 0)
        {
            errors.Add("environment variable name " + EmptyError());
        }

        foreach (var c in value)
        {
            if (c is < ' ' or > '~' || c == '=')
            {
                errors.Add(RelaxedEnvVarNameErrMsg);
                break;
            }
        }

        return errors;
    }

    /// <summary>IsConfigMapKey: keys of ConfigMap and Secret data.</summary>
    public static IReadOnlyList<string> IsConfigMapKey(string value)
    {
        var errors = new List<string>();
        if (GoLength(value) > DNS1123SubdomainMaxLength)
        {
            errors.Add(MaxLenError(DNS1123SubdomainMaxLength));
        }

        if (!ConfigMapKey().IsMatch(value))
        {
            errors.Add(RegexError(ConfigMapKeyErrMsg, ConfigMapKeyFmt, "key.name", "KEY_NAME", "key-name"));
        }

        errors.AddRange(ChDirPrefixErrors(value));
        return errors;
    }

    /// <summary>IsValidPercent: digits followed by '%'.</summary>
    public static IReadOnlyList<string> IsValidPercent(string value) =>
        Percent().IsMatch(value) ? [] : [RegexError(PercentErrMsg, PercentFmt, "1%", "93%")];

    /// <summary>IsHTTPHeaderName.</summary>
    public static IReadOnlyList<string> IsHTTPHeaderName(string value) =>
        HttpHeaderName().IsMatch(value) ? [] : [RegexError(HttpHeaderNameErrMsg, HttpHeaderNameFmt, "X-Header-Name")];

    /// <summary>Go's len(): strings are measured in UTF-8 bytes upstream.</summary>
    private static int GoLength(string value) => Encoding.UTF8.GetByteCount(value);

    private static IEnumerable<string> ChDirPrefixErrors(string value)
    {
        if (value == ".")
        {
            yield return "must not be '.'";
        }
        else if (value == "..")
        {
            yield return "must not be '..'";
        }
        else if (value.StartsWith("..", StringComparison.Ordinal))
        {
            yield return "must not start with '..'";
        }
    }

    [GeneratedRegex("^" + CIdentifierFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex CIdentifier();

    [GeneratedRegex("^" + EnvVarNameFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex EnvVarName();

    [GeneratedRegex("^" + ConfigMapKeyFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex ConfigMapKey();

    [GeneratedRegex("^" + PercentFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    [GeneratedRegex("^" + HttpHeaderNameFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex HttpHeaderName();
}
