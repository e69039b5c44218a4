using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Storage.V1;
using Dotkube.Api.Tests.Validation.Apps;

namespace Dotkube.Api.Tests.Validation.Storage;

public class StorageClassValidatorTests
{
    public static TheoryData<string, Action<StorageClass>, string[]> Cases => new()
    {
        { "valid", _ => { }, [] },
        { "provisioner missing", s => s.Provisioner = "", ["provisioner: Required value"] },
        {
            "provisioner not qualified", s => s.Provisioner = "a/b/c",
            ["provisioner: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"]
        },
        { "bad reclaimPolicy", s => s.ReclaimPolicy = "Recycle", ["reclaimPolicy: Unsupported value: \"Recycle\": supported values: \"Delete\", \"Retain\""] },
        {
            "bad binding mode", s => s.VolumeBindingMode = "Later",
            ["volumeBindingMode: Unsupported value: \"Later\": supported values: \"Immediate\", \"WaitForFirstConsumer\""]
        },
        {
            "topology without values", s => s.AllowedTopologies = [new TopologySelectorTerm { MatchLabelExpressions = [new() { Key = "zone" }] }],
            ["allowedTopologies[0].matchLabelExpressions[0].values: Required value"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_StorageClassCase_ReportsUpstreamErrors(string name, Action<StorageClass> mutate, string[] expected)
    {
        var storageClass = Baseline();
        mutate(storageClass);

        Assert.True(expected.SequenceEqual(WorkloadObjects.Create(storageClass)), $"{name}: {string.Join(" | ", WorkloadObjects.Create(storageClass))}");
    }

    [Fact]
    public void ValidateUpdate_StorageClassParametersAndProvisionerChanged_ReportsForbidden()
    {
        var storageClass = Baseline();
        storageClass.Provisioner = "other.io/disk";
        storageClass.Parameters = new() { ["type"] = "ssd" };

        Assert.Equal(
            ["parameters: Forbidden: updates to parameters are forbidden.", "provisioner: Forbidden: updates to provisioner are forbidden."],
            WorkloadObjects.Update(storageClass, Baseline()));
    }

    private static StorageClass Baseline() => new() { Metadata = new ObjectMeta { Name = "fast" }, Provisioner = "example.com/disk" };
}
