using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Plugins.Helper;

namespace Dotkube.Scheduler.Plugins.DefaultPreemption;

public sealed partial class DefaultPreemption
{
    /// <summary>The DisruptionTarget reason preemption sets on its victims (upstream PodReasonPreemptionByScheduler).</summary>
    public const string PreemptionByScheduler = "PreemptionByScheduler";

    /// <summary>
    /// Upstream prepareCandidate: each victim gets DisruptionTarget=True (so its controllers and the
    /// kubelet know why it goes), is deleted with its grace period, and gets a Preempted event; then
    /// lower-priority pods nominated to the node lose that nomination, since they may no longer fit.
    /// </summary>
    private async Task<Status> PrepareCandidateAsync(Candidate candidate, Pod pod, CancellationToken ct)
    {
        var schedulerName = pod.Spec.SchedulerName ?? Profiles.DefaultPlugins.SchedulerName;
        var message = $"{schedulerName}: preempting to accommodate a higher priority pod";
        try
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = Preemption.Parallelism, CancellationToken = ct };
            await Parallel.ForEachAsync(candidate.Victims, options, async (victim, token) =>
            {
                await MarkDisruptionTargetAsync(victim, message, token).ConfigureAwait(false);
                try
                {
                    await _handle.Client.DeleteAsync<Pod>(victim.Metadata.Namespace, victim.Metadata.Name!, ct: token).ConfigureAwait(false);
                }
                catch (ApiStatusException e) when (e.IsNotFound)
                {
                }

                LogPreempted(_logger, victim.Metadata.Namespace, victim.Metadata.Name, pod.Metadata.Namespace, pod.Metadata.Name, candidate.NodeName);
                Preemption.Event(victim, "Normal", "Preempted", $"Preempted by pod {pod.Metadata.Uid} on node {candidate.NodeName}");
            }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ApiStatusException or HttpRequestException)
        {
            return Status.Error(e.Message);
        }

        var priority = PodImportance.Priority(pod);
        var lower = _handle.NominatedPodsFor(candidate.NodeName).Where(p => PodImportance.Priority(p) < priority);
        try
        {
            await PodStatusPatch.ClearNominatedNodeNameAsync(_handle.Client, lower, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ApiStatusException or HttpRequestException)
        {
            LogClearNominationFailed(_logger, e, pod.Metadata.Namespace, pod.Metadata.Name);
        }

        return Status.Success;
    }

    /// <summary>Patches the condition in unless the victim already has it (upstream UpdatePodCondition's "updated").</summary>
    private async Task MarkDisruptionTargetAsync(Pod victim, string message, CancellationToken ct)
    {
        var existing = victim.Status.Conditions?.FirstOrDefault(c => c.Type == PodConditionType.DisruptionTarget);
        if (existing is { Status: "True", Reason: PreemptionByScheduler } && existing.Message == message)
            return;
        var transition = existing is { Status: "True" } ? existing.LastTransitionTime : _handle.Time.GetUtcNow();
        var condition = PodStatusPatch.Condition(PodConditionType.DisruptionTarget, "True", PreemptionByScheduler, message, transition);
        await PodStatusPatch.ApplyAsync(_handle.Client, victim, PodStatusPatch.Of(condition), ct).ConfigureAwait(false);
    }
}
