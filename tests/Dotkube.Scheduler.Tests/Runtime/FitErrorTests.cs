using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Runtime;
using static Dotkube.Scheduler.Tests.Scheduling.Objects;

namespace Dotkube.Scheduler.Tests.Runtime;

public sealed class FitErrorTests
{
    public sealed record Case(string Name, FitError Error, string Expected)
    {
        public override string ToString() => Name;
    }

    private static FitError Error(int nodes, params (string Node, Status Status)[] statuses)
    {
        var error = new FitError(Pod("p"), nodes);
        foreach (var (node, status) in statuses)
            error.NodeStatuses[node] = status;
        return error;
    }

    public static TheoryData<Case> Cases => new()
    {
        new Case("reasons are counted across nodes and sorted as strings",
            Error(5, ("a", Status.Unschedulable("Insufficient cpu")), ("b", Status.Unschedulable("Insufficient cpu")),
                ("c", Status.Unresolvable("node(s) didn't match Pod's node affinity/selector")),
                ("d", Status.Unresolvable("node(s) didn't match Pod's node affinity/selector")),
                ("e", Status.Unresolvable("node(s) didn't match Pod's node affinity/selector"))),
            "0/5 nodes are available: 2 Insufficient cpu, 3 node(s) didn't match Pod's node affinity/selector."),
        new Case("a node with several reasons counts each",
            Error(2, ("a", Status.Unschedulable("Insufficient cpu", "Insufficient memory")), ("b", Status.Unschedulable("Insufficient memory"))),
            "0/2 nodes are available: 1 Insufficient cpu, 2 Insufficient memory."),
        new Case("the sort is by the whole string, count first",
            Error(12, [.. Enumerable.Range(0, 10).Select(i => ($"x{i}", Status.Unschedulable("b-reason"))),
                ("y", Status.Unschedulable("a-reason")), ("z", Status.Unschedulable("a-reason"))]),
            "0/12 nodes are available: 10 b-reason, 2 a-reason."),
        new Case("nodes a PreFilter result left out share one status",
            WithAbsent(Error(4, ("a", Status.Unschedulable("Too many pods"))), "node(s) didn't satisfy plugin(s) [NodeAffinity]"),
            "0/4 nodes are available: 1 Too many pods, 3 node(s) didn't satisfy plugin(s) [NodeAffinity]."),
        new Case("a PreFilter rejection is said once",
            WithPreFilter(Error(3, ("a", Status.Unschedulable("x")), ("b", Status.Unschedulable("x")), ("c", Status.Unschedulable("x"))), "x"),
            "0/3 nodes are available: x."),
        new Case("the preemption message follows as is",
            WithPostFilter(Error(2, ("a", Status.Unschedulable("Insufficient cpu")), ("b", Status.Unschedulable("Insufficient cpu"))),
                "preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod."),
            "0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod."),
    };

    private static FitError WithAbsent(FitError error, string reason)
    {
        error.AbsentNodesStatus = Status.Unresolvable(reason);
        return error;
    }

    private static FitError WithPreFilter(FitError error, string message)
    {
        error.PreFilterMessage = message;
        return error;
    }

    private static FitError WithPostFilter(FitError error, string message)
    {
        error.PostFilterMessage = message;
        return error;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_message_has_upstreams_format(Case c) => Assert.Equal(c.Expected, c.Error.Message);
}
