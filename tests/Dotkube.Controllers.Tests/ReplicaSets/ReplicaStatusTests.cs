using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Selectors;
using Dotkube.Controllers.ReplicaSets;
using static Dotkube.Controllers.Tests.Common.TestPods;

namespace Dotkube.Controllers.Tests.ReplicaSets;

public sealed class ReplicaStatusTests
{
    private static readonly ReplicaSpec Spec = new(3, 10, Selector.Parse("app=web"), null,
        new PodTemplateSpec { Metadata = new ObjectMeta { Labels = new() { ["app"] = "web", ["tier"] = "front" } } });

    private static ReplicaSetStatus Calculate(ReplicaSetStatus current, IReadOnlyList<Pod> owned, Exception? error, DateTimeOffset now) =>
        ReplicaController<Api.Apps.V1.ReplicaSet>.CalculateStatus(current, Spec, 7, owned, error, now);

    [Fact]
    public void Counts_distinguish_fully_labeled_ready_and_available_pods()
    {
        var full = new Dictionary<string, string> { ["app"] = "web", ["tier"] = "front" };
        var pods = new[]
        {
            New("available", readySince: Now.AddSeconds(-11), labels: full),
            New("ready-too-recently", readySince: Now.AddSeconds(-5), labels: full),
            New("not-ready", labels: new() { ["app"] = "web" }),
        };

        var status = Calculate(new ReplicaSetStatus(), pods, null, Now);

        Assert.Equal((3, 2, 2, 1, 7L), (status.Replicas, status.FullyLabeledReplicas, status.ReadyReplicas, status.AvailableReplicas,
            status.ObservedGeneration));
        Assert.Null(status.Conditions);
    }

    [Fact]
    public void Zero_counts_are_left_out_as_upstream_omits_them()
    {
        var status = Calculate(new ReplicaSetStatus(), [], null, Now);

        Assert.Equal((0, null, null, null), (status.Replicas, status.FullyLabeledReplicas, status.ReadyReplicas, status.AvailableReplicas));
    }

    [Fact]
    public void A_failure_adds_ReplicaFailure_once_and_success_removes_it()
    {
        var failed = Calculate(new ReplicaSetStatus(), [], new InvalidOperationException("quota"), Now);
        var again = Calculate(failed, [], new InvalidOperationException("other"), Now.AddMinutes(1));
        var resolved = Calculate(again, [], null, Now);

        var condition = Assert.Single(failed.Conditions!);
        Assert.Equal((ReplicaSetConditionType.ReplicaFailure, "True", "FailedCreate", "quota", Now),
            (condition.Type, condition.Status, condition.Reason, condition.Message, condition.LastTransitionTime));
        Assert.Same(condition, Assert.Single(again.Conditions!));
        Assert.Null(resolved.Conditions);
    }

    [Fact]
    public void A_replication_controller_status_converts_both_ways()
    {
        var status = Calculate(new ReplicaSetStatus(), [New("a", readySince: Now.AddMinutes(-1))], new InvalidOperationException("x"), Now);

        var rc = ReplicaStatuses.Convert<ReplicaSetStatus, ReplicationControllerStatus>(status);
        var back = ReplicaStatuses.Convert<ReplicationControllerStatus, ReplicaSetStatus>(rc);

        Assert.Equal((1, 1, 1, 7L), (rc.Replicas, rc.ReadyReplicas, rc.AvailableReplicas, rc.ObservedGeneration));
        Assert.Equal("FailedCreate", Assert.Single(rc.Conditions!).Reason);
        Assert.True(ReplicaStatuses.Same(status, back));
    }
}
