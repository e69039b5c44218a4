using Dotkube.Api.Meta;
using Dotkube.Api.Scheduling.V1;
using Dotkube.Api.Tests.Validation.Apps;

namespace Dotkube.Api.Tests.Validation.Scheduling;

public class PriorityClassValidatorTests
{
    public static TheoryData<string, Action<PriorityClass>, string[]> Cases => new()
    {
        { "valid", _ => { }, [] },
        { "system class", p => { p.Metadata.Name = "system-node-critical"; p.Value = 2_000_001_000; }, [] },
        {
            "reserved prefix", p => p.Metadata.Name = "system-mine",
            ["metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: system-mine is not a known system priority class"]
        },
        {
            "system class with wrong value", p => p.Metadata.Name = "system-cluster-critical",
            ["metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: value of system-cluster-critical PriorityClass must be 2000000000"]
        },
        { "value too high", p => p.Value = 1_000_000_001, ["value: Forbidden: maximum allowed value of a user defined priority is 1000000000"] },
        {
            "bad preemption policy", p => p.PreemptionPolicy = "Always",
            ["preemptionPolicy: Unsupported value: \"Always\": supported values: \"PreemptLowerPriority\", \"Never\""]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_PriorityClassCase_ReportsUpstreamErrors(string name, Action<PriorityClass> mutate, string[] expected)
    {
        var priorityClass = Baseline();
        mutate(priorityClass);

        Assert.True(expected.SequenceEqual(WorkloadObjects.Create(priorityClass)), $"{name}: {string.Join(" | ", WorkloadObjects.Create(priorityClass))}");
    }

    [Fact]
    public void ValidateUpdate_PriorityClassValueChanged_ReportsForbidden()
    {
        var priorityClass = Baseline();
        priorityClass.Value = 2;

        Assert.Equal(["value: Forbidden: may not be changed in an update."], WorkloadObjects.Update(priorityClass, Baseline()));
    }

    private static PriorityClass Baseline() => new() { Metadata = new ObjectMeta { Name = "high" }, Value = 1000 };
}
