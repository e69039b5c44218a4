using Dotkube.Api.Apps.V1;

namespace Dotkube.Api.Tests.Validation.Apps;

public class DaemonSetAndReplicaSetValidatorTests
{
    public static TheoryData<string, Action<DaemonSet>, string[]> DaemonSetCases => new()
    {
        { "valid", _ => { }, [] },
        {
            "no selector", d => d.Spec.Selector = null,
            ["spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`"]
        },
        {
            "bad strategy", d => d.Spec.UpdateStrategy.Type = "Blue",
            ["spec.updateStrategy: Unsupported value: apps.DaemonSetUpdateStrategy{Type:\"Blue\", RollingUpdate:(*apps.RollingUpdateDaemonSet)(nil)}: supported values: \"RollingUpdate\", \"OnDelete\""]
        },
        {
            "both non-zero", d => d.Spec.UpdateStrategy.RollingUpdate = new() { MaxUnavailable = 1, MaxSurge = 1 },
            ["spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:0, IntVal:1, StrVal:\"\"}: may not be set when maxUnavailable is non-zero"]
        },
        {
            "both zero", d => d.Spec.UpdateStrategy.RollingUpdate = new() { MaxUnavailable = 0, MaxSurge = 0 },
            ["spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0"]
        },
        {
            "activeDeadlineSeconds", d => d.Spec.Template.Spec.ActiveDeadlineSeconds = 1,
            ["spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in DaemonSet is not Supported"]
        },
    };

    [Theory]
    [MemberData(nameof(DaemonSetCases))]
    public void ValidateCreate_DaemonSetCase_ReportsUpstreamErrors(string name, Action<DaemonSet> mutate, string[] expected)
    {
        var set = WorkloadObjects.DaemonSet();
        mutate(set);

        Assert.True(expected.SequenceEqual(WorkloadObjects.Create(set)), $"{name}: {string.Join(" | ", WorkloadObjects.Create(set))}");
    }

    [Fact]
    public void ValidateCreate_ReplicaSetEmptySelector_ReportsInvalid()
    {
        var set = WorkloadObjects.ReplicaSet();
        set.Spec.Selector = new();

        Assert.Equal(
            ["spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment"],
            WorkloadObjects.Create(set));
    }

    [Fact]
    public void ValidateCreate_ControllerRevisionWithoutData_ReportsRequired()
    {
        var revision = new ControllerRevision { Metadata = WorkloadObjects.Meta(), Revision = -1 };

        Assert.Equal(
            ["data: Required value: data is mandatory", "revision: Invalid value: -1: must be greater than or equal to 0"],
            WorkloadObjects.Create(revision));
    }
}
