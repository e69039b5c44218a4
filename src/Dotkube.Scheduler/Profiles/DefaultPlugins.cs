namespace Dotkube.Scheduler.Profiles;

/// <summary>
/// Upstream's default profile (pkg/scheduler/apis/config/v1 getDefaultPlugins): every in-tree
/// plugin through multiPoint, with the score weights upstream gives them. The in-tree volume-limit
/// plugins for EBS/GCE PD/Azure Disk (removed upstream) and DynamicResources (feature-gated;
/// dotkube serves no resource.k8s.io) are left out. Names missing from the registry are skipped
/// with a warning when the profile is built, so the list stays upstream's and each plugin takes
/// effect once it is registered (<see cref="Framework.PluginRegistry"/>).
/// <para>
/// Not implemented yet, and so skipped with that warning at every start (differences from
/// kube-scheduler): VolumeRestrictions, NodeVolumeLimits and VolumeZone (no volume conflict,
/// attach-limit or zone checks).
/// </para>
/// </summary>
public static class DefaultPlugins
{
    public const string SchedulerName = "default-scheduler";

    public static PluginSet MultiPoint { get; } = new()
    {
        Enabled =
        [
            new("SchedulingGates"),
            new("PrioritySort"),
            new("NodeUnschedulable"),
            new("NodeName"),
            new("TaintToleration", 3),
            new("NodeAffinity", 2),
            new("NodePorts"),
            new("NodeResourcesFit", 1),
            new("VolumeRestrictions"),
            new("NodeVolumeLimits"),
            new("VolumeBinding"),
            new("VolumeZone"),
            new("PodTopologySpread", 2),
            new("InterPodAffinity", 2),
            new("DefaultPreemption"),
            new("NodeResourcesBalancedAllocation", 1),
            new("ImageLocality", 1),
            new("DefaultBinder"),
        ],
    };
}
