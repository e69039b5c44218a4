namespace Dotkube.Scheduler.Framework;

/// <summary>The <see cref="ClusterEvent.Resource"/> names the scheduler emits (upstream EventResource).</summary>
public static class ClusterEventResources
{
    public const string Node = "Node";

    /// <summary>A pod assigned to a node (added, deleted or relabelled); unscheduled pods' changes requeue only themselves.</summary>
    public const string Pod = "Pod";

    public const string PersistentVolumeClaim = "PersistentVolumeClaim";

    public const string PersistentVolume = "PersistentVolume";

    public const string StorageClass = "storage.k8s.io/StorageClass";

    /// <summary>Matches every resource in <see cref="IEnqueueExtensions.EventsToRegister"/>.</summary>
    public const string Wildcard = "*";

    /// <summary>Whether a plugin that registered <paramref name="registered"/> is interested in <paramref name="happened"/>.</summary>
    public static bool Matches(ClusterEvent registered, ClusterEvent happened) =>
        (registered.Resource == Wildcard || happened.Resource == Wildcard || registered.Resource == happened.Resource) &&
        (registered.Action & happened.Action) != 0;
}
