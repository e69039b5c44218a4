using Dotkube.Api.Policy.V1;
using Dotkube.Api.Tests.Validation.Apps;

namespace Dotkube.Api.Tests.Validation.Policy;

public class PodDisruptionBudgetValidatorTests
{
    public static TheoryData<string, Action<PodDisruptionBudget>, string[]> Cases => new()
    {
        { "valid", _ => { }, [] },
        {
            "both set", p => p.Spec.MaxUnavailable = 1,
            ["spec: Invalid value: policy.PodDisruptionBudgetSpec{MinAvailable:(*intstr.IntOrString)(0x0), Selector:(*v1.LabelSelector)(0x0), MaxUnavailable:(*intstr.IntOrString)(0x0), UnhealthyPodEvictionPolicy:(*policy.UnhealthyPodEvictionPolicyType)(nil)}: minAvailable and maxUnavailable cannot be both set"]
        },
        { "negative", p => p.Spec.MinAvailable = -1, ["spec.minAvailable: Invalid value: -1: must be greater than or equal to 0"] },
        { "over 100%", p => p.Spec.MinAvailable = "101%", ["spec.minAvailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"101%\"}: must not be greater than 100%"] },
        {
            "bad eviction policy", p => p.Spec.UnhealthyPodEvictionPolicy = "Never",
            ["spec.unhealthyPodEvictionPolicy: Unsupported value: \"Never\": supported values: \"AlwaysAllow\", \"IfHealthyBudget\""]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_PodDisruptionBudgetCase_ReportsUpstreamErrors(string name, Action<PodDisruptionBudget> mutate, string[] expected)
    {
        var pdb = new PodDisruptionBudget { Metadata = WorkloadObjects.Meta(), Spec = new() { MinAvailable = "50%", Selector = WorkloadObjects.Selector() } };
        mutate(pdb);

        Assert.True(expected.SequenceEqual(WorkloadObjects.Create(pdb)), $"{name}: {string.Join(" | ", WorkloadObjects.Create(pdb))}");
    }
}
