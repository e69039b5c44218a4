using Dotkube.Api.Apps.V1;
using Dotkube.Api.Validation.Apps;

namespace Dotkube.Api.Tests.Validation.Apps;

public class StatefulSetValidatorTests
{
    public static TheoryData<string, Action<StatefulSet>, string[]> Cases => new()
    {
        { "valid", _ => { }, [] },
        {
            "name with dots", s => s.Metadata.Name = "web.v1",
            ["metadata.name: Invalid value: \"web.v1\": must not contain dots"]
        },
        {
            "bad podManagementPolicy", s => s.Spec.PodManagementPolicy = "Serial",
            ["spec.podManagementPolicy: Invalid value: \"Serial\": must be 'OrderedReady' or 'Parallel'"]
        },
        {
            "bad updateStrategy", s => s.Spec.UpdateStrategy.Type = "Blue",
            ["spec.updateStrategy: Invalid value: apps.StatefulSetUpdateStrategy{Type:\"Blue\", RollingUpdate:(*apps.RollingUpdateStatefulSetStrategy)(nil)}: must be 'RollingUpdate' or 'OnDelete'"]
        },
        {
            "rollingUpdate with OnDelete", s => s.Spec.UpdateStrategy = new() { Type = "OnDelete", RollingUpdate = new() { Partition = 1 } },
            ["spec.updateStrategy.rollingUpdate: Invalid value: apps.RollingUpdateStatefulSetStrategy{Partition:1, MaxUnavailable:(*intstr.IntOrString)(nil)}: only allowed for updateStrategy 'RollingUpdate'"]
        },
        {
            "negative partition", s => s.Spec.UpdateStrategy = new() { Type = "RollingUpdate", RollingUpdate = new() { Partition = -1 } },
            ["spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0"]
        },
        {
            "maxUnavailable zero", s => s.Spec.UpdateStrategy = new() { RollingUpdate = new() { MaxUnavailable = 0 } },
            ["spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}: cannot be 0"]
        },
        { "negative ordinals start", s => s.Spec.Ordinals = new() { Start = -1 }, ["spec.ordinals.start: Invalid value: -1: must be greater than or equal to 0"] },
        {
            "bad retention policy", s => s.Spec.PersistentVolumeClaimRetentionPolicy = new() { WhenDeleted = "Keep" },
            ["spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: \"Keep\": supported values: \"Retain\", \"Delete\""]
        },
        {
            "empty selector", s => s.Spec.Selector = new(),
            ["spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for statefulset"]
        },
        {
            "restartPolicy OnFailure", s => s.Spec.Template.Spec.RestartPolicy = "OnFailure",
            ["spec.template.spec.restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\""]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_StatefulSetCase_ReportsUpstreamErrors(string name, Action<StatefulSet> mutate, string[] expected)
    {
        var set = WorkloadObjects.StatefulSet();
        mutate(set);

        Assert.True(expected.SequenceEqual(WorkloadObjects.Create(set)), $"{name}: {string.Join(" | ", WorkloadObjects.Create(set))}");
    }

    [Fact]
    public void ValidateUpdate_StatefulSetServiceNameChanged_ReportsForbidden()
    {
        var old = WorkloadObjects.StatefulSet();
        var set = WorkloadObjects.StatefulSet();
        set.Spec.ServiceName = "other";

        Assert.Equal(["spec: Forbidden: " + StatefulSetValidator.ForbiddenUpdateDetail], WorkloadObjects.Update(set, old));
    }

    [Fact]
    public void ValidateUpdate_StatefulSetReplicasTemplateAndMinReadyChanged_IsValid()
    {
        var old = WorkloadObjects.StatefulSet();
        var set = WorkloadObjects.StatefulSet();
        set.Spec.Replicas = 5;
        set.Spec.MinReadySeconds = 3;
        set.Spec.Template.Spec.Containers[0].Image = "nginx:1.28";

        Assert.Empty(WorkloadObjects.Update(set, old));
    }
}
