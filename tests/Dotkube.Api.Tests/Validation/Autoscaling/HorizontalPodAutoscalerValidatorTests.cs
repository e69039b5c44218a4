using Dotkube.Api.Autoscaling.V2;
using Dotkube.Api.Tests.Validation.Apps;
using Dotkube.Api.Values;

namespace Dotkube.Api.Tests.Validation.Autoscaling;

public class HorizontalPodAutoscalerValidatorTests
{
    public static TheoryData<string, Action<HorizontalPodAutoscaler>, string[]> Cases => new()
    {
        { "valid", _ => { }, [] },
        { "minReplicas zero", h => h.Spec.MinReplicas = 0, ["spec.minReplicas: Invalid value: 0: must be greater than or equal to 1", "spec.metrics: Forbidden: must specify at least one Object or External metric to support scaling to zero replicas"] },
        { "maxReplicas below min", h => h.Spec.MinReplicas = 5, ["spec.maxReplicas: Invalid value: 3: must be greater than or equal to `minReplicas`"] },
        { "maxReplicas zero", h => { h.Spec.MaxReplicas = 0; h.Spec.MinReplicas = null; }, ["spec.maxReplicas: Invalid value: 0: must be greater than 0"] },
        { "target kind and name missing", h => h.Spec.ScaleTargetRef = new(), ["spec.scaleTargetRef.kind: Required value", "spec.scaleTargetRef.name: Required value"] },
        { "target name with slash", h => h.Spec.ScaleTargetRef.Name = "a/b", ["spec.scaleTargetRef.name: Invalid value: \"a/b\": may not contain '/'"] },
        {
            "unknown metric type", h => h.Spec.Metrics = [new MetricSpec { Type = "Magic" }],
            ["spec.metrics[0].type: Unsupported value: \"Magic\": supported values: \"ContainerResource\", \"External\", \"Object\", \"Pods\", \"Resource\"",
             "spec.metrics[0].type: Unsupported value: \"Magic\": supported values: \"ContainerResource\", \"External\", \"Object\", \"Pods\", \"Resource\""]
        },
        {
            "resource source missing", h => h.Spec.Metrics = [new MetricSpec { Type = "Resource" }],
            ["spec.metrics[0].resource: Required value: must populate information for the given metric source"]
        },
        {
            "utilization zero", h => h.Spec.Metrics = [new MetricSpec { Type = "Resource", Resource = new() { Name = "cpu", Target = new() { Type = "Utilization", AverageUtilization = 0 } } }],
            ["spec.metrics[0].resource.target.averageUtilization: Invalid value: 0: must be greater than 0"]
        },
        {
            "pods without averageValue", h => h.Spec.Metrics = [new MetricSpec { Type = "Pods", Pods = new() { Metric = new() { Name = "qps" }, Target = new() { Type = "Value", Value = Quantity.Parse("1") } } }],
            ["spec.metrics[0].pods.target.averageValue: Required value: must specify a positive target averageValue"]
        },
        {
            "two sources", h => h.Spec.Metrics = [new MetricSpec { Type = "Resource", Resource = new() { Name = "cpu", Target = new() { Type = "Utilization", AverageUtilization = 50 } }, Pods = new() { Metric = new() { Name = "qps" }, Target = new() { Type = "AverageValue", AverageValue = Quantity.Parse("1") } } }],
            ["spec.metrics[0].pods: Forbidden: must populate the given metric source only"]
        },
        {
            "behavior policies", h => h.Spec.Behavior = new() { ScaleUp = new() { SelectPolicy = "Random", Policies = [new() { Type = "Nodes", Value = 0, PeriodSeconds = 1801 }] } },
            ["spec.behavior.scaleUp.selectPolicy: Unsupported value: \"Random\": supported values: \"Disabled\", \"Max\", \"Min\"",
             "spec.behavior.scaleUp.policies[0].type: Unsupported value: \"Nodes\": supported values: \"Percent\", \"Pods\"",
             "spec.behavior.scaleUp.policies[0].value: Invalid value: 0: must be greater than zero",
             "spec.behavior.scaleUp.policies[0].periodSeconds: Invalid value: 1801: must be less than or equal to 1800"]
        },
        { "empty policies", h => h.Spec.Behavior = new() { ScaleDown = new() { Policies = [] } }, ["spec.behavior.scaleDown.policies: Required value: must specify at least one Policy"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_HorizontalPodAutoscalerCase_ReportsUpstreamErrors(string name, Action<HorizontalPodAutoscaler> mutate, string[] expected)
    {
        var hpa = new HorizontalPodAutoscaler
        {
            Metadata = WorkloadObjects.Meta(),
            Spec = new HorizontalPodAutoscalerSpec { ScaleTargetRef = new() { Kind = "Deployment", Name = "web" }, MinReplicas = 1, MaxReplicas = 3 },
        };
        mutate(hpa);

        Assert.True(expected.SequenceEqual(WorkloadObjects.Create(hpa)), $"{name}: {string.Join(" | ", WorkloadObjects.Create(hpa))}");
    }

    [Fact]
    public void ValidateCreate_V1TargetCpuZero_ReportsInternalMetricPath()
    {
        var hpa = new Api.Autoscaling.V1.HorizontalPodAutoscaler
        {
            Metadata = WorkloadObjects.Meta(),
            Spec = new() { ScaleTargetRef = new() { Kind = "Deployment", Name = "web" }, MaxReplicas = 2, TargetCPUUtilizationPercentage = 0 },
        };

        Assert.Equal(["spec.metrics[0].resource.target.averageUtilization: Invalid value: 0: must be greater than 0"], WorkloadObjects.Create(hpa));
    }
}
