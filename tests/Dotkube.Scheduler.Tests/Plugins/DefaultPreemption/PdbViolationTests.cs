using Dotkube.Api.Core.V1;
using Dotkube.Api.Policy.V1;
using static Dotkube.Scheduler.Tests.Plugins.DefaultPreemption.SelectVictimsTests;
using static Dotkube.Scheduler.Tests.Scheduling.Objects;
using Plugin = Dotkube.Scheduler.Plugins.DefaultPreemption.DefaultPreemption;

namespace Dotkube.Scheduler.Tests.Plugins.DefaultPreemption;

public sealed class PdbViolationTests
{
    public static TheoryData<string, PodDisruptionBudget, string[], string[]> Cases()
    {
        var otherNamespace = Pdb("x", 0, "app=db");
        otherNamespace.Metadata.Namespace = "elsewhere";
        var empty = Pdb("x", 0);
        var disrupted = Pdb("x", 0, "app=db");
        disrupted.Status.DisruptedPods = new() { ["db1"] = DateTimeOffset.UnixEpoch };
        return new()
        {
            { "a budget with no disruptions left protects every matching pod", Pdb("x", 0, "app=db"), ["db1", "db2"], [] },
            { "each pod takes one disruption, in order", Pdb("x", 1, "app=db"), ["db2"], ["db1"] },
            { "a budget in another namespace protects nothing", otherNamespace, [], ["db1", "db2"] },
            { "an empty selector matches nothing", empty, [], ["db1", "db2"] },
            { "pods the budget already counts as disrupted do not take a disruption", disrupted, ["db2"], ["db1"] },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pods_are_split_by_whether_evicting_them_violates_a_budget(string name, PodDisruptionBudget pdb, string[] violating,
        string[] nonViolating)
    {
        Pod[] pods = [Labelled(Pod("db1"), "app=db"), Labelled(Pod("db2"), "app=db")];

        var (v, n) = Plugin.SplitByPdbViolation(pods, [pdb]);

        Assert.True(violating.SequenceEqual(v.Select(p => p.Metadata.Name)), name);
        Assert.True(nonViolating.SequenceEqual(n.Select(p => p.Metadata.Name)), name);
    }

    [Fact]
    public void A_pod_without_labels_matches_no_budget()
    {
        var (v, n) = Plugin.SplitByPdbViolation([Pod("bare")], [Pdb("x", 0, "app=db")]);

        Assert.Empty(v);
        Assert.Single(n);
    }
}
