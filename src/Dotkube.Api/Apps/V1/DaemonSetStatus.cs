using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>The observed state of a DaemonSet: on how many nodes its pod should run, does run, and is ready. Set by the system, not by users.</summary>
public sealed class DaemonSetStatus
{
    /// <summary>The number of nodes that run the daemon pod and should.</summary>
    public int CurrentNumberScheduled { get; set; }

    /// <summary>The number of nodes that run the daemon pod but should not.</summary>
    public int NumberMisscheduled { get; set; }

    /// <summary>The number of nodes that should run the daemon pod.</summary>
    public int DesiredNumberScheduled { get; set; }

    /// <summary>The number of nodes whose daemon pod is ready.</summary>
    public int NumberReady { get; set; }

    /// <summary>The generation of the daemon set that this status describes.</summary>
    public long? ObservedGeneration { get; set; }

    /// <summary>The number of nodes that run a daemon pod created from the current template.</summary>
    public int? UpdatedNumberScheduled { get; set; }

    /// <summary>The number of nodes whose daemon pod has been ready for at least minReadySeconds.</summary>
    public int? NumberAvailable { get; set; }

    /// <summary>The number of nodes that should run the daemon pod but have none available.</summary>
    public int? NumberUnavailable { get; set; }

    /// <summary>A counter used to give new revisions a unique name when the usual name is already taken.</summary>
    public int? CollisionCount { get; set; }

    /// <summary>The daemon set's current conditions.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<DaemonSetCondition>? Conditions { get; set; }
}
