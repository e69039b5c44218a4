namespace Dotkube.Controllers.Deployments;

/// <summary>
/// Annotation keys the deployment controller writes on Deployments and their ReplicaSets, with
/// upstream's names: kubectl rollout history/undo/status read them.
/// </summary>
public static class DeploymentAnnotations
{
    /// <summary>The rollout sequence number of a ReplicaSet, and of the Deployment (its newest ReplicaSet's).</summary>
    public const string Revision = "deployment.kubernetes.io/revision";

    /// <summary>Earlier revisions a ReplicaSet served before a rollback made it new again, comma separated.</summary>
    public const string RevisionHistory = "deployment.kubernetes.io/revision-history";

    /// <summary>spec.replicas of the Deployment when it last sized this ReplicaSet; tells scaling from rolling out.</summary>
    public const string DesiredReplicas = "deployment.kubernetes.io/desired-replicas";

    /// <summary>spec.replicas + maxSurge when it last sized this ReplicaSet; the base of proportional scaling.</summary>
    public const string MaxReplicas = "deployment.kubernetes.io/max-replicas";

    /// <summary>Why a revision was made; copied to the ReplicaSet with the other annotations, shown by kubectl rollout history.</summary>
    public const string ChangeCause = "kubernetes.io/change-cause";

    public const string LastAppliedConfiguration = "kubectl.kubernetes.io/last-applied-configuration";

    /// <summary>Revision-history grows to at most this many characters (upstream's maxRevHistoryLengthInChars).</summary>
    public const int MaxRevisionHistoryLength = 2000;
}
