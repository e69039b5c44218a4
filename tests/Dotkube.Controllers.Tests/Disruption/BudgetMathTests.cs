using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Policy.V1;
using Dotkube.Api.Values;
using Dotkube.Controllers.Disruption;
using Dotkube.Controllers.Tests.Common;

namespace Dotkube.Controllers.Tests.Disruption;

public sealed class BudgetMathTests
{
    private static readonly DateTimeOffset Now = TestPods.Now;

    public static TheoryData<string, IntOrString?, IntOrString?, int, int> Budgets => new()
    {
        // case, minAvailable, maxUnavailable, expected pods, desired healthy (4 pods of one controller with 5 replicas)
        { "integer minAvailable counts the selected pods", 3, null, 4, 3 },
        { "percentage minAvailable rounds up over the controller's replicas", "50%", null, 5, 3 },
        { "integer maxUnavailable takes from the replicas", null, 1, 5, 4 },
        { "percentage maxUnavailable rounds up", null, "30%", 5, 3 },
        { "maxUnavailable beyond the replicas leaves nothing desired", null, 9, 5, 0 },
        { "neither field expects nothing", null, null, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void The_expected_and_desired_counts_follow_the_spec(string name, IntOrString? min, IntOrString? max, int expected, int desired)
    {
        var pdb = new PodDisruptionBudget { Spec = new PodDisruptionBudgetSpec { MinAvailable = min, MaxUnavailable = max } };
        var pods = Enumerable.Range(1, 4).Select(i => Owned($"p{i}", "rs-uid")).ToList();

        var result = ExpectedPods.Compute(pdb, pods, (owner, _) => new ControllerScale(owner.Uid, 5));

        Assert.True((expected, desired) == (result.Expected, result.DesiredHealthy), $"{name}: {result}");
    }

    [Fact]
    public void Each_controller_is_counted_once_and_unowned_pods_are_reported()
    {
        var pdb = new PodDisruptionBudget { Spec = new PodDisruptionBudgetSpec { MinAvailable = "100%" } };
        Pod[] pods = [Owned("a1", "a"), Owned("a2", "a"), Owned("b1", "b"), TestPods.New("loose")];
        var asked = new List<string>();

        var result = ExpectedPods.Compute(pdb, pods, (owner, _) =>
        {
            asked.Add(owner.Uid);
            return new ControllerScale(owner.Uid, owner.Uid == "a" ? 2 : 3);
        });

        Assert.Equal((5, 5), (result.Expected, result.DesiredHealthy));
        Assert.Equal(["a", "b"], asked);
        Assert.Equal(["loose"], result.UnmanagedPods);
    }

    [Fact]
    public void A_pod_whose_controller_cannot_be_found_fails_the_count()
    {
        var pdb = new PodDisruptionBudget { Spec = new PodDisruptionBudgetSpec { MaxUnavailable = 1 } };

        var e = Assert.Throws<InvalidOperationException>(() => ExpectedPods.Compute(pdb, [Owned("p1", "gone")], (_, _) => null));

        Assert.Equal("found no controllers for pod \"p1\"", e.Message);
    }

    [Fact]
    public void Healthy_pods_are_ready_not_terminating_and_not_awaiting_an_accepted_eviction()
    {
        var terminating = Ready("terminating");
        terminating.Metadata.DeletionTimestamp = Now;
        Pod[] pods = [Ready("ready"), TestPods.New("unready"), terminating, Ready("evicted"), Ready("evicted-long-ago")];
        var disrupted = new Dictionary<string, DateTimeOffset> { ["evicted"] = Now.AddSeconds(-30), ["evicted-long-ago"] = Now.AddMinutes(-3) };

        Assert.Equal(2, DisruptedPods.CountHealthy(pods, disrupted, Now));
    }

    [Fact]
    public void Disrupted_pod_entries_go_once_overdue_deleted_or_terminating_and_the_earliest_due_one_sets_the_recheck()
    {
        var terminating = Ready("terminating");
        terminating.Metadata.DeletionTimestamp = Now;
        Pod[] pods = [Ready("recent"), Ready("older"), Ready("overdue"), terminating];
        var disrupted = new Dictionary<string, DateTimeOffset>
        {
            ["recent"] = Now.AddSeconds(-10),
            ["older"] = Now.AddSeconds(-60),
            ["overdue"] = Now.AddMinutes(-3),
            ["terminating"] = Now,
            ["deleted"] = Now,
        };

        var (kept, recheckAt, overdue) = DisruptedPods.Prune(pods, disrupted, Now);

        Assert.Equal(["older", "recent"], kept.Keys.Order());
        Assert.Equal(Now.AddSeconds(60), recheckAt);
        Assert.Equal("overdue", Assert.Single(overdue).Metadata.Name);
    }

    [Theory]
    [InlineData(3, 2, 3, 1)]
    [InlineData(1, 2, 3, 0)]
    [InlineData(2, 0, 0, 0)]
    public void Disruptions_allowed_is_the_surplus_of_healthy_pods_and_zero_while_nothing_is_expected(int healthy, int desired, int expected, int allowed) =>
        Assert.Equal(allowed, DisruptedPods.DisruptionsAllowed(healthy, desired, expected));

    private static Pod Ready(string name) => TestPods.New(name, readySince: Now.AddMinutes(-5));

    private static Pod Owned(string name, string ownerUid)
    {
        var pod = Ready(name);
        pod.Metadata.OwnerReferences = [new OwnerReference { ApiVersion = "apps/v1", Kind = "ReplicaSet", Name = ownerUid, Uid = ownerUid, Controller = true }];
        return pod;
    }
}
