using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Tests.Validation.Apps;

namespace Dotkube.Api.Tests.Validation.Coordination;

public class LeaseValidatorTests
{
    public static TheoryData<string, Action<Lease>, string[]> Cases => new()
    {
        { "valid", _ => { }, [] },
        { "zero duration", l => l.Spec.LeaseDurationSeconds = 0, ["spec.leaseDurationSeconds: Invalid value: 0: must be greater than 0"] },
        { "negative transitions", l => l.Spec.LeaseTransitions = -1, ["spec.leaseTransitions: Invalid value: -1: must be greater than or equal to 0"] },
        {
            "unknown strategy", l => l.Spec.Strategy = "Newest",
            ["spec.strategy.strategy: Unsupported value: \"Newest\": supported values: \"OldestEmulationVersion\""]
        },
        { "preferred holder without strategy", l => l.Spec.PreferredHolder = "a", ["spec.preferredHolder: Forbidden: may only be specified if `strategy` is defined"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_LeaseCase_ReportsUpstreamErrors(string name, Action<Lease> mutate, string[] expected)
    {
        var lease = new Lease { Metadata = WorkloadObjects.Meta(), Spec = new() { HolderIdentity = "a", LeaseDurationSeconds = 15 } };
        mutate(lease);

        Assert.True(expected.SequenceEqual(WorkloadObjects.Create(lease)), $"{name}: {string.Join(" | ", WorkloadObjects.Create(lease))}");
    }
}
