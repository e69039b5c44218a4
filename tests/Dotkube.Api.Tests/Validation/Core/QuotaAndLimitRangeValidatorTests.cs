using Dotkube.Api.Core.V1;
using Dotkube.Api.Validation;
using Dotkube.Api.Values;

namespace Dotkube.Api.Tests.Validation.Core;

public class QuotaAndLimitRangeValidatorTests
{
    private static readonly Dictionary<string, Action<ResourceQuota>> QuotaMutations = new()
    {
        ["unknown resource"] = q => q.Spec.Hard!["widgets"] = Quantity.Parse("1"),
        ["storage in quota"] = q => q.Spec.Hard!["storage"] = Quantity.Parse("1Gi"),
        ["fractional pods"] = q => q.Spec.Hard!["pods"] = Quantity.Parse("1500m"),
        ["negative cpu"] = q => q.Spec.Hard!["cpu"] = Quantity.Parse("-1"),
        ["unsupported scope"] = q => q.Spec.Scopes = ["Sometimes"],
        ["scope not for resource"] = q => (q.Spec.Hard, q.Spec.Scopes) = (new() { ["secrets"] = Quantity.Parse("1") }, ["Terminating"]),
        ["conflicting scopes"] = q => q.Spec.Scopes = ["BestEffort", "NotBestEffort"],
        ["selector operator"] = q => q.Spec.ScopeSelector = new ScopeSelector { MatchExpressions = [new() { ScopeName = "BestEffort", Operator = "In", Values = ["x"] }] },
    };

    public static TheoryData<string, string[]> QuotaCases() => new()
    {
        { "unknown resource", ["spec.hard[widgets]: Invalid value: \"widgets\": must be a standard resource type or fully qualified", "spec.hard[widgets]: Invalid value: \"widgets\": must be a standard resource for quota"] },
        { "storage in quota", ["spec.hard[storage]: Invalid value: \"storage\": must be a standard resource for quota"] },
        { "fractional pods", ["spec.hard[pods]: Invalid value: 1500m: must be an integer"] },
        { "negative cpu", ["spec.hard[cpu]: Invalid value: \"-1\": must be greater than or equal to 0"] },
        { "unsupported scope", ["spec.scopes: Invalid value: []core.ResourceQuotaScope{\"Sometimes\"}: unsupported scope"] },
        { "scope not for resource", ["spec.scopes: Invalid value: []core.ResourceQuotaScope{\"Terminating\"}: unsupported scope applied to resource"] },
        { "conflicting scopes", ["spec.scopes: Invalid value: []core.ResourceQuotaScope{\"BestEffort\", \"NotBestEffort\"}: conflicting scopes"] },
        { "selector operator", ["spec.scopeSelector.matchExpressions.operator: Invalid value: \"In\": must be 'Exists' when scope is any of ResourceQuotaScopeTerminating, ResourceQuotaScopeNotTerminating, ResourceQuotaScopeBestEffort, ResourceQuotaScopeNotBestEffort or ResourceQuotaScopeCrossNamespacePodAffinity"] },
    };

    private static readonly Dictionary<string, Action<LimitRangeItem>> LimitMutations = new()
    {
        ["min over max"] = i => i.Min = new() { ["cpu"] = Quantity.Parse("100m") },
        ["default over max"] = i => i.Default = new() { ["cpu"] = Quantity.Parse("1") },
        ["request over default"] = i => (i.Default, i.DefaultRequest) = (new() { ["cpu"] = Quantity.Parse("10m") }, new() { ["cpu"] = Quantity.Parse("20m") }),
        ["ratio below one"] = i => i.MaxLimitRequestRatio = new() { ["cpu"] = Quantity.Parse("500m") },
        ["bad type"] = i => i.Type = "Node",
        ["pod defaults"] = i => (i.Type, i.Default) = ("Pod", new() { ["cpu"] = Quantity.Parse("10m") }),
        ["pvc without storage"] = i => (i.Type, i.Max) = ("PersistentVolumeClaim", null),
    };

    public static TheoryData<string, string[]> LimitCases() => new()
    {
        { "min over max", ["spec.limits[0].min[cpu]: Invalid value: 100m: min value 100m is greater than max value 50m"] },
        { "default over max", ["spec.limits[0].default[cpu]: Invalid value: 50m: default value 1 is greater than max value 50m"] },
        { "request over default", ["spec.limits[0].defaultRequest[cpu]: Invalid value: 20m: default request value 20m is greater than default limit value 10m"] },
        { "ratio below one", ["spec.limits[0].maxLimitRequestRatio[cpu]: Invalid value: 500m: ratio 500m is less than 1"] },
        { "bad type", ["spec.limits[0].type: Invalid value: \"Node\": must be a standard limit type or fully qualified"] },
        { "pod defaults", ["spec.limits[0].default: Forbidden: may not be specified when `type` is 'Pod'"] },
        { "pvc without storage", ["spec.limits[0].limits: Required value: either minimum or maximum storage value is required, but neither was provided"] },
    };

    [Theory]
    [MemberData(nameof(QuotaCases))]
    public void ValidateCreate_InvalidResourceQuota_ReportsUpstreamErrors(string mutation, string[] expected)
    {
        var quota = new ResourceQuota { Metadata = CoreObjects.Meta("q"), Spec = new ResourceQuotaSpec { Hard = new() { ["pods"] = Quantity.Parse("10") } } };
        Assert.Empty(ObjectValidation.ValidateCreate(quota));
        QuotaMutations[mutation](quota);

        Assert.Equal(expected, ObjectValidation.ValidateCreate(quota).Select(e => e.ToString()).ToArray());
    }

    [Fact]
    public void ValidateUpdate_ResourceQuotaScopesChanged_ReportsImmutable()
    {
        var old = new ResourceQuota { Metadata = CoreObjects.Meta("q"), Spec = new ResourceQuotaSpec { Scopes = ["BestEffort"] } };
        var quota = new ResourceQuota { Metadata = CoreObjects.Meta("q"), Spec = new ResourceQuotaSpec { Scopes = ["NotBestEffort"] } };

        Assert.Equal(["spec.scopes: Invalid value: []core.ResourceQuotaScope{\"NotBestEffort\"}: field is immutable"],
            ObjectValidation.ValidateUpdate(quota, old).Select(e => e.ToString()));
    }

    [Theory]
    [MemberData(nameof(LimitCases))]
    public void ValidateCreate_InvalidLimitRange_ReportsUpstreamErrors(string mutation, string[] expected)
    {
        var item = new LimitRangeItem { Type = "Container", Max = new() { ["cpu"] = Quantity.Parse("50m") } };
        var range = new LimitRange { Metadata = CoreObjects.Meta("limits"), Spec = new LimitRangeSpec { Limits = [item] } };
        Assert.Empty(ObjectValidation.ValidateCreate(range));
        LimitMutations[mutation](item);

        Assert.Equal(expected, ObjectValidation.ValidateCreate(range).Select(e => e.ToString()).ToArray());
    }

    [Fact]
    public void ValidateCreate_LimitRangeDuplicateType_ReportsDuplicate()
    {
        var range = new LimitRange
        {
            Metadata = CoreObjects.Meta("limits"),
            Spec = new LimitRangeSpec { Limits = [new LimitRangeItem { Type = "Container" }, new LimitRangeItem { Type = "Container" }] },
        };

        Assert.Equal(["spec.limits[1].type: Duplicate value: \"Container\""], ObjectValidation.ValidateCreate(range).Select(e => e.ToString()));
    }
}
