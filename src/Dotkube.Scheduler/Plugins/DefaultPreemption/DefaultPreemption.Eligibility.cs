using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.DefaultPreemption;

public sealed partial class DefaultPreemption
{
    public const string NotEligiblePreemptionPolicyNever = "not eligible due to preemptionPolicy=Never.";

    public const string NotEligibleTerminatingPod = "not eligible due to a terminating pod on the nominated node.";

    /// <summary>
    /// Upstream PodEligibleToPreemptOthers: null when the pod may preempt, else why not. A pod with
    /// preemptionPolicy Never may not; nor may one whose nominated node still has a lower-priority
    /// pod terminating because of preemption (its earlier preemption is still freeing the room),
    /// unless the filters now find that node unresolvable.
    /// </summary>
    public string? PodEligibleToPreemptOthers(Pod pod, Status? nominatedNodeStatus)
    {
        if (pod.Spec.PreemptionPolicy == "Never")
            return NotEligiblePreemptionPolicyNever;
        if (string.IsNullOrEmpty(pod.Status.NominatedNodeName) || nominatedNodeStatus?.Code == Code.UnschedulableAndUnresolvable)
            return null;
        if (_handle.Snapshot.Get(pod.Status.NominatedNodeName) is not { } node)
            return null;
        var priority = PodImportance.Priority(pod);
        return node.Pods.Any(p => PodImportance.Priority(p) < priority && TerminatingByPreemption(p)) ? NotEligibleTerminatingPod : null;
    }

    /// <summary>Deleted, with the DisruptionTarget=True condition preemption sets (upstream podTerminatingByPreemption).</summary>
    private static bool TerminatingByPreemption(Pod pod) =>
        pod.Metadata.DeletionTimestamp is not null &&
        pod.Status.Conditions?.FirstOrDefault(c => c.Type == PodConditionType.DisruptionTarget) is { Status: "True", Reason: PreemptionByScheduler };
}
