using Dotkube.Api.Policy.V1;
using static Dotkube.Scheduler.Tests.Plugins.DefaultPreemption.SelectVictimsTests;
using static Dotkube.Scheduler.Tests.Scheduling.Objects;

namespace Dotkube.Scheduler.Tests.Plugins.DefaultPreemption;

public sealed class DryRunTests
{
    [Fact]
    public void Candidates_that_violate_no_pdb_come_first_and_nodes_without_victims_keep_their_status()
    {
        var h = new PreemptionHarness()
            .WithNode(Node("guarded", cpu: "1"), Labelled(Pod("db", priority: 1, cpu: "1"), "app=db"))
            .WithNode(Node("free", cpu: "1"), Pod("web", priority: 1, cpu: "1"))
            .WithNode(Node("busy", cpu: "1"), Pod("important", priority: 50, cpu: "1"))
            .WithPdb(Pdb("db", allowed: 0, "app=db"));
        var pod = Pod("p", priority: 10, cpu: "1");
        var (state, _) = h.Filter(pod);

        var (candidates, statuses, error) = h.Plugin().DryRunPreemption(state, pod, h.Snapshot().Nodes, [.. h.Informers.For<PodDisruptionBudget>().Lister.List()],
            offset: 0, toFind: 3);

        Assert.Null(error);
        Assert.Equal([("free", 0), ("guarded", 1)], candidates.Select(c => (c.NodeName, c.PdbViolations)));
        Assert.Equal("No preemption victims found for incoming pod", Assert.Single(statuses).Value.Message);
    }
}
