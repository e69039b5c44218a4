namespace Dotkube.Controllers.Deployments;

/// <summary>Condition reasons and event reasons of the deployment controller, as upstream's deploymentutil.</summary>
public static class DeploymentReasons
{
    /// <summary>Progressing: a ReplicaSet was scaled as part of the rollout.</summary>
    public const string ReplicaSetUpdated = "ReplicaSetUpdated";

    /// <summary>Progressing False: the new ReplicaSet could not be created (also a Warning event).</summary>
    public const string FailedReplicaSetCreate = "ReplicaSetCreateError";

    public const string NewReplicaSetCreated = "NewReplicaSetCreated";

    /// <summary>Progressing: an existing ReplicaSet already matched the template.</summary>
    public const string FoundNewReplicaSet = "FoundNewReplicaSet";

    /// <summary>Progressing: the rollout completed.</summary>
    public const string NewReplicaSetAvailable = "NewReplicaSetAvailable";

    /// <summary>Progressing False: no progress within progressDeadlineSeconds; kubectl rollout status fails on it.</summary>
    public const string TimedOut = "ProgressDeadlineExceeded";

    public const string Paused = "DeploymentPaused";

    public const string Resumed = "DeploymentResumed";

    public const string MinimumReplicasAvailable = "MinimumReplicasAvailable";

    public const string MinimumReplicasUnavailable = "MinimumReplicasUnavailable";

    /// <summary>Event: a ReplicaSet was scaled up or down.</summary>
    public const string ScalingReplicaSet = "ScalingReplicaSet";

    /// <summary>Warning event: the selector is empty, so the Deployment would select every pod.</summary>
    public const string SelectingAll = "SelectingAll";
}
