using Dotkube.Api.Apps.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;

namespace Dotkube.Api.Tests.Validation.Apps;

public class DeploymentValidatorTests
{
    public static TheoryData<string, Action<Deployment>, string[]> Cases => new()
    {
        { "valid", _ => { }, [] },
        { "negative replicas", d => d.Spec.Replicas = -1, ["spec.replicas: Invalid value: -1: must be greater than or equal to 0"] },
        {
            "selector missing", d => d.Spec.Selector = null,
            ["spec.selector: Required value", "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`"]
        },
        {
            "selector empty", d => d.Spec.Selector = new LabelSelector(),
            ["spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment"]
        },
        {
            "selector not matching template", d => d.Spec.Selector = new LabelSelector { MatchLabels = new() { ["app"] = "db" } },
            ["spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`"]
        },
        {
            "restartPolicy Never", d => d.Spec.Template.Spec.RestartPolicy = "Never",
            ["spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\""]
        },
        {
            "activeDeadlineSeconds", d => d.Spec.Template.Spec.ActiveDeadlineSeconds = 5,
            ["spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported"]
        },
        {
            "unknown strategy", d => d.Spec.Strategy.Type = "Blue",
            ["spec.strategy: Unsupported value: apps.DeploymentStrategy{Type:\"Blue\", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}: supported values: \"Recreate\", \"RollingUpdate\""]
        },
        {
            "rollingUpdate with Recreate", d => d.Spec.Strategy = new DeploymentStrategy { Type = "Recreate", RollingUpdate = new() },
            ["spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"]
        },
        {
            "both zero", d => d.Spec.Strategy = new DeploymentStrategy { Type = "RollingUpdate", RollingUpdate = new() { MaxSurge = 0, MaxUnavailable = 0 } },
            ["spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}: may not be 0 when `maxSurge` is 0"]
        },
        {
            "maxUnavailable over 100%", d => d.Spec.Strategy.RollingUpdate = new() { MaxUnavailable = "120%" },
            ["spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"120%\"}: must not be greater than 100%"]
        },
        {
            "maxSurge not a percent", d => d.Spec.Strategy.RollingUpdate = new() { MaxSurge = IntOrString.FromString("x") },
            ["spec.strategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"x\"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"]
        },
        {
            "negative maxSurge", d => d.Spec.Strategy.RollingUpdate = new() { MaxSurge = -1 },
            ["spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0"]
        },
        { "negative revisionHistoryLimit", d => d.Spec.RevisionHistoryLimit = -1, ["spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0"] },
        { "negative minReadySeconds", d => d.Spec.MinReadySeconds = -1, ["spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0"] },
        {
            "progress deadline not above minReady", d => { d.Spec.MinReadySeconds = 10; d.Spec.ProgressDeadlineSeconds = 10; },
            ["spec.progressDeadlineSeconds: Invalid value: 10: must be greater than minReadySeconds"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_DeploymentCase_ReportsUpstreamErrors(string name, Action<Deployment> mutate, string[] expected)
    {
        var deployment = WorkloadObjects.Deployment();
        mutate(deployment);

        Assert.True(expected.SequenceEqual(WorkloadObjects.Create(deployment)), $"{name}: {string.Join(" | ", WorkloadObjects.Create(deployment))}");
    }

    [Fact]
    public void ValidateUpdate_DeploymentSelectorChanged_ReportsImmutable()
    {
        var old = WorkloadObjects.Deployment();
        var deployment = WorkloadObjects.Deployment();
        deployment.Spec.Selector!.MatchExpressions = [new LabelSelectorRequirement { Key = "tier", Operator = "Exists" }];
        deployment.Spec.Template.Metadata.Labels!["tier"] = "front";

        Assert.Equal(
            ["spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"web\"}, MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:\"tier\", Operator:\"Exists\", Values:[]string(nil)}}}: field is immutable"],
            WorkloadObjects.Update(deployment, old));
    }
}
