using Dotkube.Scheduler.Queue;
using static Dotkube.Scheduler.Tests.Scheduling.Objects;

namespace Dotkube.Scheduler.Tests.Queue;

public sealed class PodNominatorTests
{
    [Fact]
    public void An_update_naming_no_node_keeps_a_nomination_made_in_memory()
    {
        var nominator = new PodNominator();
        var pod = Pod("p", priority: 10);
        nominator.AddOrUpdate(pod, "n1");

        nominator.Update(pod, Pod("p", priority: 10));

        Assert.Equal("p", Assert.Single(nominator.NominatedPodsFor("n1")).Metadata.Name);
    }

    [Fact]
    public void An_update_that_clears_the_nomination_removes_it()
    {
        var nominator = new PodNominator();
        var old = Pod("p");
        old.Status.NominatedNodeName = "n1";
        nominator.AddOrUpdate(old);

        nominator.Update(old, Pod("p"));

        Assert.Empty(nominator.NominatedPodsFor("n1"));
    }
}
