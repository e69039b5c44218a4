using Dotkube.Api.Apps.V1;
using Dotkube.Controllers.Deployments;
using static Dotkube.Controllers.Tests.Deployments.Objects;

namespace Dotkube.Controllers.Tests.Deployments;

public sealed class DeploymentProgressTests
{
    private static readonly DateTimeOffset Now = Epoch.AddMinutes(30);

    [Fact]
    public void Counts_come_from_the_replica_sets_and_zeroes_are_left_out()
    {
        var d = NewDeployment(replicas: 3, maxSurge: 1, maxUnavailable: 0);
        d.Metadata.Generation = 4;
        var oldRs = NewReplicaSet("old", 0);
        var newRs = NewReplicaSet("new", 3, available: 2);

        var status = DeploymentProgress.Calculate([oldRs, newRs], newRs, d, Now);

        Assert.Equal((4L, 3, 3, 2, 2, 1), (status.ObservedGeneration, status.Replicas, status.UpdatedReplicas, status.ReadyReplicas,
            status.AvailableReplicas, status.UnavailableReplicas));
        var available = Assert.Single(status.Conditions!);
        Assert.Equal(("Available", "False", "MinimumReplicasUnavailable", "Deployment does not have minimum availability."),
            (available.Type, available.Status, available.Reason, available.Message));
        Assert.Null(DeploymentProgress.Calculate([oldRs], null, d, Now).UpdatedReplicas);
    }

    [Fact]
    public void A_completed_rollout_is_reported_as_progressed()
    {
        var d = NewDeployment(replicas: 3);
        d.Status.Conditions = [Progressing(DeploymentReasons.ReplicaSetUpdated, "True", Epoch)];
        var newRs = NewReplicaSet("web-abc", 3);

        var status = DeploymentProgress.CalculateRollout([newRs], newRs, d, Now);

        var progressing = DeploymentConditions.Get(status, DeploymentConditionType.Progressing)!;
        Assert.Equal(("True", "NewReplicaSetAvailable", "ReplicaSet \"web-abc\" has successfully progressed."),
            (progressing.Status, progressing.Reason, progressing.Message));
        Assert.Equal(Epoch, progressing.LastTransitionTime);
        Assert.Equal(Now, progressing.LastUpdateTime);
    }

    [Fact]
    public void Progress_moves_the_last_update_time_but_not_the_transition_time()
    {
        var d = NewDeployment(replicas: 3);
        d.Status = new DeploymentStatus { Replicas = 3, UpdatedReplicas = 1, AvailableReplicas = 2, Conditions = [Progressing(DeploymentReasons.ReplicaSetUpdated, "True", Epoch)] };
        var newRs = NewReplicaSet("web-new", 2, available: 1);

        var status = DeploymentProgress.CalculateRollout([NewReplicaSet("web-old", 1), newRs], newRs, d, Now);

        var progressing = DeploymentConditions.Get(status, DeploymentConditionType.Progressing)!;
        Assert.Equal(("ReplicaSetUpdated", "ReplicaSet \"web-new\" is progressing.", Epoch, Now),
            (progressing.Reason, progressing.Message, progressing.LastTransitionTime, progressing.LastUpdateTime));
    }

    [Fact]
    public void A_rollout_without_progress_past_its_deadline_times_out()
    {
        var d = NewDeployment(replicas: 3);
        d.Spec.ProgressDeadlineSeconds = 60;
        var newRs = NewReplicaSet("web-new", 3, available: 0);
        d.Status = new DeploymentStatus { Replicas = 3, UpdatedReplicas = 3, Conditions = [Progressing(DeploymentReasons.NewReplicaSetCreated, "True", Now.AddSeconds(-61))] };

        var status = DeploymentProgress.CalculateRollout([newRs], newRs, d, Now);

        var progressing = DeploymentConditions.Get(status, DeploymentConditionType.Progressing)!;
        Assert.Equal(("False", "ProgressDeadlineExceeded", "ReplicaSet \"web-new\" has timed out progressing.", Now),
            (progressing.Status, progressing.Reason, progressing.Message, progressing.LastTransitionTime));
    }

    [Theory]
    [InlineData(60, 10, 51.0)]
    [InlineData(60, 59.5, 0.0)]
    [InlineData(60, 120, 0.0)]
    public void A_stuck_rollout_is_looked_at_again_when_its_deadline_passes(int deadline, double elapsed, double expectedSeconds)
    {
        var d = NewDeployment(replicas: 3);
        d.Spec.ProgressDeadlineSeconds = deadline;
        d.Status.Conditions = [Progressing(DeploymentReasons.NewReplicaSetCreated, "True", Epoch)];
        var status = new DeploymentStatus { Replicas = 3, UpdatedReplicas = 3 };

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), DeploymentProgress.ProgressCheckAfter(d, status, Epoch.AddSeconds(elapsed)));
    }

    [Fact]
    public void A_complete_or_timed_out_rollout_needs_no_check()
    {
        var d = NewDeployment(replicas: 1);
        d.Metadata.Generation = 1;
        d.Status.Conditions = [Progressing(DeploymentReasons.ReplicaSetUpdated, "True", Epoch)];
        var complete = new DeploymentStatus { ObservedGeneration = 1, Replicas = 1, UpdatedReplicas = 1, AvailableReplicas = 1 };

        Assert.Null(DeploymentProgress.ProgressCheckAfter(d, complete, Now));
        d.Status.Conditions = [Progressing(DeploymentReasons.TimedOut, "False", Epoch)];
        Assert.Null(DeploymentProgress.ProgressCheckAfter(d, new DeploymentStatus(), Now));
    }

    [Fact]
    public void Replica_failures_of_the_new_replica_set_come_first()
    {
        var d = NewDeployment(replicas: 1);
        var oldRs = NewReplicaSet("old", 1);
        oldRs.Status.Conditions = [new ReplicaSetCondition { Type = "ReplicaFailure", Status = "True", Reason = "FailedCreate", Message = "old" }];
        var newRs = NewReplicaSet("new", 1, available: 0);
        newRs.Status.Conditions = [new ReplicaSetCondition { Type = "ReplicaFailure", Status = "True", Reason = "FailedCreate", Message = "quota", LastTransitionTime = Epoch }];

        var status = DeploymentProgress.CalculateRollout([oldRs, newRs], newRs, d, Now);

        var failure = DeploymentConditions.Get(status, DeploymentConditionType.ReplicaFailure)!;
        Assert.Equal(("True", "FailedCreate", "quota", Epoch), (failure.Status, failure.Reason, failure.Message, failure.LastUpdateTime));
    }

    private static DeploymentCondition Progressing(string reason, string status, DateTimeOffset at) => new()
    {
        Type = DeploymentConditionType.Progressing,
        Status = status,
        Reason = reason,
        Message = "earlier",
        LastUpdateTime = at,
        LastTransitionTime = at,
    };
}
