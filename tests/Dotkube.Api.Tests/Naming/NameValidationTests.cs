using Dotkube.Api.Naming;

namespace Dotkube.Api.Tests.Naming;

public class NameValidationTests
{
    private const string LabelRule = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    private const string SubdomainRule = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    private const string Dns1035Rule = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
    private const string NamePartRule = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    private const string LabelValueRule = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

    public static TheoryData<string, string[]> Dns1123Labels => new()
    {
        { "a", [] },
        { "my-name", [] },
        { "123-abc", [] },
        { new string('a', 63), [] },
        { new string('a', 64), ["must be no more than 63 characters"] },
        { "a.b", ["must not contain dots"] },
        { "", [LabelRule] },
        { "A", [LabelRule] },
        { "-a", [LabelRule] },
        { "a-", [LabelRule] },
        { "a_b", [LabelRule] },
        { "a\n", [LabelRule] },
        { new string('a', 64) + "_", ["must be no more than 63 characters", LabelRule] },
    };

    [Theory]
    [MemberData(nameof(Dns1123Labels))]
    public void IsDNS1123Label_Value_ReturnsUpstreamMessages(string value, string[] expected) =>
        Assert.Equal(expected, NameValidation.IsDNS1123Label(value));

    public static TheoryData<string, string[]> Dns1123Subdomains => new()
    {
        { "example.com", [] },
        { "a.b-c.d", [] },
        { new string('a', 253), [] },
        { string.Join(".", Enumerable.Repeat(new string('a', 63), 4))[..253], [] },
        { new string('a', 254), ["must be no more than 253 characters"] },
        { "Example.com", [SubdomainRule] },
        { "a..b", [SubdomainRule] },
        { ".a", [SubdomainRule] },
        { "", [SubdomainRule] },
    };

    [Theory]
    [MemberData(nameof(Dns1123Subdomains))]
    public void IsDNS1123Subdomain_Value_ReturnsUpstreamMessages(string value, string[] expected) =>
        Assert.Equal(expected, NameValidation.IsDNS1123Subdomain(value));

    [Theory]
    [InlineData("abc-123", true)]
    [InlineData("a", true)]
    [InlineData("1abc", false)]
    [InlineData("abc-", false)]
    [InlineData("ab.c", false)]
    public void IsDNS1035Label_Value_ValidatesFirstLetter(string value, bool valid) =>
        Assert.Equal(valid ? [] : [Dns1035Rule], NameValidation.IsDNS1035Label(value));

    public static TheoryData<string, string[]> QualifiedNames => new()
    {
        { "MyName", [] },
        { "my.name", [] },
        { "123-abc", [] },
        { "example.com/MyName", [] },
        { "kubernetes.io/os", [] },
        { new string('a', 63), [] },
        { new string('a', 64), ["name part must be no more than 63 characters"] },
        { "", ["name part must be non-empty", NamePartRule] },
        { "a/", ["name part must be non-empty", NamePartRule] },
        { "/a", ["prefix part must be non-empty"] },
        { "Example.com/a", ["prefix part " + SubdomainRule] },
        { "-a", [NamePartRule] },
        { "a b", [NamePartRule] },
        {
            "a/b/c",
            ["a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"]
        },
    };

    [Theory]
    [MemberData(nameof(QualifiedNames))]
    public void IsQualifiedName_Value_ReturnsUpstreamMessages(string value, string[] expected) =>
        Assert.Equal(expected, NameValidation.IsQualifiedName(value));

    public static TheoryData<string, string[]> LabelValues => new()
    {
        { "", [] },
        { "MyValue", [] },
        { "my_value", [] },
        { "1.2.3", [] },
        { new string('a', 63), [] },
        { new string('a', 64), ["must be no more than 63 characters"] },
        { "a b", [LabelValueRule] },
        { "-a", [LabelValueRule] },
        { "a/b", [LabelValueRule] },
        { "é", [LabelValueRule] },
    };

    [Theory]
    [MemberData(nameof(LabelValues))]
    public void IsValidLabelValue_Value_ReturnsUpstreamMessages(string value, string[] expected) =>
        Assert.Equal(expected, NameValidation.IsValidLabelValue(value));

    public static TheoryData<string, string[]> PortNames => new()
    {
        { "http", [] },
        { "h2c", [] },
        { "a-b", [] },
        { new string('a', 15), [] },
        { new string('a', 16), ["must be no more than 15 characters"] },
        { "", ["must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)", "must contain at least one letter (a-z)"] },
        { "123", ["must contain at least one letter (a-z)"] },
        { "a--b", ["must not contain consecutive hyphens"] },
        { "-ab", ["must not begin or end with a hyphen"] },
        { "HTTP", ["must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)", "must contain at least one letter (a-z)"] },
    };

    [Theory]
    [MemberData(nameof(PortNames))]
    public void IsValidPortName_Value_ListsEveryFailure(string value, string[] expected) =>
        Assert.Equal(expected, NameValidation.IsValidPortName(value));

    [Theory]
    [InlineData(1, true)]
    [InlineData(65535, true)]
    [InlineData(0, false)]
    [InlineData(65536, false)]
    public void IsValidPortNum_Port_ChecksRange(int port, bool valid) =>
        Assert.Equal(valid ? [] : ["must be between 1 and 65535, inclusive"], NameValidation.IsValidPortNum(port));

    [Theory]
    [InlineData("_a", true)]
    [InlineData("MY_NAME", true)]
    [InlineData("1a", false)]
    [InlineData("a-b", false)]
    public void IsCIdentifier_Value_ChecksFormat(string value, bool valid) =>
        Assert.Equal(
            valid ? [] : ["a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_' (e.g. 'my_name',  or 'MY_NAME',  or 'MyName', regex used for validation is '[A-Za-z_][A-Za-z0-9_]*')"],
            NameValidation.IsCIdentifier(value));

    [Theory]
    [InlineData("MY_ENV.NAME", new string[0])]
    [InlineData("my.env-name", new string[0])]
    [InlineData(".", new[] { "must not be '.'" })]
    [InlineData("..", new[] { "must not be '..'" })]
    [InlineData("..a", new[] { "must not start with '..'" })]
    [InlineData("1A", new[] { "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')" })]
    public void IsEnvVarName_Value_ReturnsUpstreamMessages(string value, string[] expected) =>
        Assert.Equal(expected, NameValidation.IsEnvVarName(value));

    [Theory]
    [InlineData("1 A", true)]
    [InlineData("a=b", false)]
    [InlineData("a\tb", false)]
    [InlineData("é", false)]
    public void IsRelaxedEnvVarName_Value_AllowsPrintableAscii(string value, bool valid) =>
        Assert.Equal(
            valid ? [] : ["a valid environment variable name must consist only of printable ASCII characters other than '='"],
            NameValidation.IsRelaxedEnvVarName(value));

    [Fact]
    public void IsRelaxedEnvVarName_Empty_IsRejected() =>
        Assert.Equal(["environment variable name must be non-empty"], NameValidation.IsRelaxedEnvVarName(""));

    [Theory]
    [InlineData("key.name", true)]
    [InlineData("KEY_NAME", true)]
    [InlineData("a/b", false)]
    public void IsConfigMapKey_Value_ChecksFormat(string value, bool valid) =>
        Assert.Equal(valid, NameValidation.IsConfigMapKey(value).Count == 0);
}
