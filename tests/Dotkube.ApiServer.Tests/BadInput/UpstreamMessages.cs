namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>
/// The fixed validation texts of k8s.io/apimachinery/pkg/util/validation (validation.go), as
/// RegexError assembles them: examples each followed by ", " and joined with " or ", hence the
/// double spaces.
/// </summary>
public static class UpstreamMessages
{
    /// <summary>IsDNS1123Subdomain: configmaps, pods, deployments, nodes.</summary>
    public const string Dns1123Subdomain =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    /// <summary>IsDNS1123Label: namespaces.</summary>
    public const string Dns1123Label =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

    /// <summary>IsDNS1035Label: services.</summary>
    public const string Dns1035Label =
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

    /// <summary>IsQualifiedName's name part: label keys.</summary>
    public const string QualifiedNamePart =
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

    /// <summary>IsValidLabelValue.</summary>
    public const string LabelValue =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

    /// <summary>ValidateObjectMeta without name or generateName.</summary>
    public const string NameRequired = "name or generateName is required";

    public static string MaxLength(int max) => $"must be no more than {max} characters";
}
