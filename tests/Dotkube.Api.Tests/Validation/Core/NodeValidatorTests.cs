using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Validation;
using Dotkube.Api.Values;

namespace Dotkube.Api.Tests.Validation.Core;

public class NodeValidatorTests
{
    private static readonly Dictionary<string, Action<Node>> Mutations = new()
    {
        ["duplicate taints"] = n => n.Spec.Taints = [Taint("a", "NoSchedule"), Taint("a", "NoSchedule")],
        ["same key other effect"] = n => n.Spec.Taints = [Taint("a", "NoSchedule"), Taint("a", "NoExecute")],
        ["bad taint effect"] = n => n.Spec.Taints = [Taint("a", "Never")],
        ["missing taint effect"] = n => n.Spec.Taints = [Taint("a", "")],
        ["bad taint key"] = n => n.Spec.Taints = [Taint("-a", "NoSchedule")],
        ["bad pod CIDR"] = n => n.Spec.PodCIDRs = ["10.0.0.0/33"],
        ["two IPv4 CIDRs"] = n => n.Spec.PodCIDRs = ["10.0.0.0/24", "10.0.1.0/24"],
        ["three CIDRs"] = n => n.Spec.PodCIDRs = ["10.0.0.0/24", "fd00::/64", "10.0.0.0/24"],
        ["legacy podCIDR"] = n => n.Spec.PodCIDR = "x",
        ["negative capacity"] = n => n.Status.Capacity = new() { ["cpu"] = Quantity.Parse("-1") },
    };

    public static TheoryData<string, string[]> Cases() => new()
    {
        { "duplicate taints", ["metadata.taints[1]: Duplicate value: core.Taint{Key:\"a\", Value:\"\", Effect:\"NoSchedule\", TimeAdded:<nil>}: taints must be unique by key and effect pair"] },
        { "same key other effect", [] },
        { "bad taint effect", ["metadata.taints[0].effect: Unsupported value: \"Never\": supported values: \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\""] },
        { "missing taint effect", ["metadata.taints[0].effect: Required value"] },
        { "bad taint key", ["metadata.taints[0].key: Invalid value: \"-a\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"] },
        { "bad pod CIDR", ["spec.podCIDRs[0]: Invalid value: \"10.0.0.0/33\": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"] },
        { "two IPv4 CIDRs", ["spec.podCIDRs: Invalid value: []string{\"10.0.0.0/24\", \"10.0.1.0/24\"}: may specify no more than one CIDR for each IP family"] },
        { "three CIDRs", ["spec.podCIDRs: Invalid value: []string{\"10.0.0.0/24\", \"fd00::/64\", \"10.0.0.0/24\"}: may specify no more than one CIDR for each IP family", "spec.podCIDRs[2]: Duplicate value: \"10.0.0.0/24\""] },
        { "legacy podCIDR", ["spec.podCIDRs[0]: Invalid value: \"x\": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"] },
        { "negative capacity", ["status.capacity.cpu: Invalid value: \"-1\": must be greater than or equal to 0"] },
    };

    [Fact]
    public void ValidateCreate_ValidNode_ReportsNothing() => Assert.Empty(ObjectValidation.ValidateCreate(Valid()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_InvalidNode_ReportsUpstreamErrors(string mutation, string[] expected)
    {
        var node = Valid();
        Mutations[mutation](node);

        Assert.Equal(expected, Errors(ObjectValidation.ValidateCreate(node)));
    }

    [Fact]
    public void ValidateUpdate_PodCIDRsChanged_ReportsForbidden()
    {
        var old = Valid();
        old.Spec.PodCIDRs = ["10.0.0.0/24"];
        var node = Valid();
        node.Spec.PodCIDRs = ["10.0.1.0/24"];

        Assert.Equal(["spec.podCIDRs: Forbidden: node updates may not change podCIDR except from \"\" to valid"], Errors(ObjectValidation.ValidateUpdate(node, old)));
    }

    [Fact]
    public void ValidateUpdate_PodCIDRsSetFirstTime_ReportsNothing()
    {
        var node = Valid();
        node.Spec.PodCIDRs = ["10.0.0.0/24", "fd00::/64"];

        Assert.Empty(ObjectValidation.ValidateUpdate(node, Valid()));
    }

    [Fact]
    public void ValidateUpdate_ProviderIDChanged_ReportsForbidden()
    {
        var old = Valid();
        old.Spec.ProviderID = "aws:///a";
        var node = Valid();
        node.Spec.ProviderID = "aws:///b";

        Assert.Equal(["spec.providerID: Forbidden: node updates may not change providerID except from \"\" to valid"], Errors(ObjectValidation.ValidateUpdate(node, old)));
    }

    [Fact]
    public void ValidateUpdate_DuplicateTaints_ReportsTwiceAsUpstream()
    {
        var node = Valid();
        node.Spec.Taints = [Taint("a", "NoSchedule"), Taint("a", "NoSchedule")];

        Assert.Equal(2, ObjectValidation.ValidateUpdate(node, Valid()).Count);
    }

    private static Taint Taint(string key, string effect) => new() { Key = key, Effect = effect };

    private static Node Valid() => new() { Metadata = new ObjectMeta { Name = "node-1" } };

    private static string[] Errors(IReadOnlyList<FieldError> errors) => errors.Select(e => e.ToString()).ToArray();
}
