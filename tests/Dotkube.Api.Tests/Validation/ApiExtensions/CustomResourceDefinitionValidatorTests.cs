using Dotkube.Api.ApiExtensions.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Tests.Validation.Apps;

namespace Dotkube.Api.Tests.Validation.ApiExtensions;

public class CustomResourceDefinitionValidatorTests
{
    private const string Versions = "spec.versions: Invalid value: []apiextensions.CustomResourceDefinitionVersion{...}: ";

    public static TheoryData<string, Action<CustomResourceDefinition>, string[]> Cases => new()
    {
        { "valid", _ => { }, [] },
        { "name not plural.group", c => c.Metadata.Name = "widget.example.com", ["metadata.name: Invalid value: \"widget.example.com\": must be spec.names.plural+\".\"+spec.group"] },
        {
            "group without dot", c => { c.Spec.Group = "example"; c.Metadata.Name = "widgets.example"; },
            ["spec.group: Invalid value: \"example\": should be a domain with at least one dot"]
        },
        { "bad scope", c => c.Spec.Scope = "Global", ["spec.scope: Unsupported value: \"Global\": supported values: \"Cluster\", \"Namespaced\""] },
        { "no versions", c => c.Spec.Versions = [], [Versions + "must have exactly one version marked as storage version"] },
        {
            "two storage versions", c => c.Spec.Versions.Add(Version("v2", storage: true)),
            [Versions + "must have exactly one version marked as storage version"]
        },
        { "duplicate version names", c => c.Spec.Versions.Add(Version("v1", storage: false)), [Versions + "must contain unique version names"] },
        {
            "version name not a label", c => c.Spec.Versions[0].Name = "V1",
            ["spec.versions[0].name: Invalid value: \"V1\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"]
        },
        { "schema missing", c => c.Spec.Versions[0].Schema = null, ["spec.versions[0].schema.openAPIV3Schema: Required value: schemas are required"] },
        {
            "root type string", c => c.Spec.Versions[0].Schema!.OpenAPIV3Schema!.Type = "string",
            ["spec.versions[0].schema.openAPIV3Schema.type: Invalid value: \"string\": must be object at the root"]
        },
        {
            "kind and listKind equal", c => c.Spec.Names.ListKind = "Widget",
            ["spec.names.listKind: Invalid value: \"Widget\": kind and listKind may not be the same"]
        },
        {
            "kind with underscore", c => c.Spec.Names.Kind = "My_Widget",
            ["spec.names.kind: Invalid value: \"My_Widget\": may have mixed case, but should otherwise match: a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_CustomResourceDefinitionCase_ReportsUpstreamErrors(string name, Action<CustomResourceDefinition> mutate, string[] expected)
    {
        var crd = Baseline();
        mutate(crd);

        Assert.True(expected.SequenceEqual(WorkloadObjects.Create(crd)), $"{name}: {string.Join(" | ", WorkloadObjects.Create(crd))}");
    }

    [Fact]
    public void ValidateUpdate_CustomResourceDefinitionGroupChanged_ReportsImmutable()
    {
        var crd = Baseline();
        crd.Spec.Group = "other.io";
        crd.Metadata.Name = "widgets.other.io";
        var old = Baseline();
        old.Metadata.Name = "widgets.other.io";

        Assert.Equal(["spec.group: Invalid value: \"other.io\": field is immutable"], WorkloadObjects.Update(crd, old));
    }

    private static CustomResourceDefinitionVersion Version(string name, bool storage) => new()
    {
        Name = name,
        Served = true,
        Storage = storage,
        Schema = new CustomResourceValidation { OpenAPIV3Schema = new JSONSchemaProps { Type = "object" } },
    };

    private static CustomResourceDefinition Baseline() => new()
    {
        Metadata = new ObjectMeta { Name = "widgets.example.com" },
        Spec = new CustomResourceDefinitionSpec
        {
            Group = "example.com",
            Scope = "Namespaced",
            Names = new CustomResourceDefinitionNames { Plural = "widgets", Singular = "widget", Kind = "Widget", ListKind = "WidgetList" },
            Versions = [Version("v1", storage: true)],
        },
    };
}
