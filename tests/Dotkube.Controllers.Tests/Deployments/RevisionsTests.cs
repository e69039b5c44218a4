using Dotkube.Controllers.Deployments;
using static Dotkube.Controllers.Tests.Deployments.Objects;

namespace Dotkube.Controllers.Tests.Deployments;

public sealed class RevisionsTests
{
    [Fact]
    public void A_new_replica_set_gets_the_next_revision_the_replica_annotations_and_the_deployments_annotations()
    {
        var d = NewDeployment(replicas: 4, maxSurge: 1, maxUnavailable: 0);
        d.Metadata.Annotations = new()
        {
            [DeploymentAnnotations.ChangeCause] = "kubectl set image deployment/web app=nginx:2",
            [DeploymentAnnotations.Revision] = "2",
            [DeploymentAnnotations.LastAppliedConfiguration] = "{}",
            ["team"] = "blue",
        };
        var rs = NewReplicaSet("web-new", 0);
        var next = Revisions.Max([NewReplicaSet("a", 0, revision: 1), NewReplicaSet("b", 0, revision: 2)]) + 1;

        Assert.True(Revisions.SetNewReplicaSetAnnotations(d, rs, next, exists: false));
        Assert.Equal(new Dictionary<string, string>
        {
            [DeploymentAnnotations.ChangeCause] = "kubectl set image deployment/web app=nginx:2",
            ["team"] = "blue",
            [DeploymentAnnotations.Revision] = "3",
            [DeploymentAnnotations.DesiredReplicas] = "4",
            [DeploymentAnnotations.MaxReplicas] = "5",
        }, rs.Metadata.Annotations);
    }

    [Fact]
    public void A_replica_set_made_new_again_by_a_rollback_moves_to_the_next_revision_and_keeps_its_old_one_in_history()
    {
        var d = NewDeployment();
        var rs = NewReplicaSet("web-old", 0, revision: 1);
        rs.Metadata.Annotations![DeploymentAnnotations.RevisionHistory] = "0";

        Assert.True(Revisions.SetNewReplicaSetAnnotations(d, rs, 3, exists: true));
        Assert.Equal("3", rs.Metadata.Annotations[DeploymentAnnotations.Revision]);
        Assert.Equal("0,1", rs.Metadata.Annotations[DeploymentAnnotations.RevisionHistory]);
        Assert.DoesNotContain(DeploymentAnnotations.DesiredReplicas, rs.Metadata.Annotations.Keys);
    }

    [Fact]
    public void A_revision_already_at_or_above_the_next_one_stays()
    {
        var rs = NewReplicaSet("web", 3, revision: 5);

        Assert.False(Revisions.SetNewReplicaSetAnnotations(NewDeployment(), rs, 4, exists: true));
        Assert.Equal("5", rs.Metadata.Annotations![DeploymentAnnotations.Revision]);
    }

    [Fact]
    public void The_revision_history_drops_its_oldest_entries_to_stay_within_the_limit()
    {
        var rs = NewReplicaSet("web", 0, revision: 7);
        rs.Metadata.Annotations![DeploymentAnnotations.RevisionHistory] = "1,3,5";

        Revisions.SetNewReplicaSetAnnotations(NewDeployment(), rs, 8, exists: true, historyLimit: 5);

        Assert.Equal("3,5,7", rs.Metadata.Annotations[DeploymentAnnotations.RevisionHistory]);
    }

    [Fact]
    public void Replica_sets_whose_revision_does_not_parse_are_skipped_when_finding_the_highest()
    {
        var broken = NewReplicaSet("broken", 0);
        broken.Metadata.Annotations![DeploymentAnnotations.Revision] = "x";

        Assert.Equal(4, Revisions.Max([broken, NewReplicaSet("a", 0, revision: 4), NewReplicaSet("none", 0)]));
    }
}
