using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Plugins.Helper;
using Dotkube.Scheduler.Profiles;
using Dotkube.Scheduler.Runtime;

namespace Dotkube.Scheduler;

/// <summary>One pod's scheduling cycle and its binding cycle (upstream schedule_one.go).</summary>
public sealed partial class Scheduler
{
    internal async Task ScheduleOneAsync(QueuedPodInfo info, CancellationToken ct)
    {
        var pod = info.Pod;
        if (!_profiles.TryGetValue(pod.Spec.SchedulerName ?? DefaultPlugins.SchedulerName, out var profile))
            return;
        // Upstream skipPodSchedule: deleted meanwhile, or already assumed by an earlier cycle.
        if (pod.Metadata.DeletionTimestamp is not null || Cache.IsAssumed(pod))
            return;

        var started = _time.GetTimestamp();
        var cycle = Queue.SchedulingCycle;
        var state = new CycleState();
        Cache.UpdateSnapshot(_snapshot);
        var result = SchedulePod(profile, state, pod);
        if (result.Node is null)
        {
            var status = result.Status;
            var message = status.Message;
            string? nominated = null;
            if (result.FitError is { } fitError)
            {
                if (profile.PostFilter.Count > 0)
                {
                    var (postResult, postStatus) = await profile.RunPostFilterAsync(state, pod, fitError.NodeStatuses, ct).ConfigureAwait(false);
                    if (!postStatus.IsSuccess && postStatus.Message.Length > 0)
                        fitError.PostFilterMessage = postStatus.Message;
                    // A result overrides the nomination (empty clears it), as upstream's ModeOverride; none keeps it.
                    if (postResult is not null)
                    {
                        nominated = postResult.NominatedNodeName ?? "";
                        Nominator.AddOrUpdate(pod, nominated);
                    }
                }

                message = fitError.Message;
                info.UnschedulablePlugins.Clear();
                info.UnschedulablePlugins.UnionWith(fitError.UnschedulablePlugins);
            }

            Fail(profile, info, status, message, cycle, started, nominated);
            return;
        }

        var assumed = KubeJson.Deserialize<Pod>(KubeJson.Serialize(pod));
        assumed.Spec.NodeName = result.Node;
        Cache.AssumePod(assumed);
        var reserve = profile.RunReserve(state, assumed, result.Node);
        var permit = reserve.IsSuccess ? profile.RunPermit(state, assumed, result.Node) : reserve;
        if (!permit.IsSuccess)
        {
            profile.RunUnreserve(state, assumed, result.Node);
            Cache.ForgetPod(assumed);
            RecordRejection(info, permit);
            Fail(profile, info, permit, permit.Message, cycle, started);
            return;
        }

        Nominator.Delete(pod);
        var binding = BindAsync(profile, state, info, assumed, result.Node, cycle, started, ct);
        lock (_bindings)
        {
            _bindings.RemoveAll(t => t.IsCompleted);
            _bindings.Add(binding);
        }
    }

    /// <summary>The binding cycle, off the scheduling loop: PreBind, Bind, then the Scheduled event; on failure the pod is forgotten and retried.</summary>
    private async Task BindAsync(ProfileRunner profile, CycleState state, QueuedPodInfo info, Pod assumed, string node, long cycle, long started,
        CancellationToken ct)
    {
        await Task.Yield();
        Status status;
        try
        {
            status = await profile.RunPreBindAsync(state, assumed, node, ct).ConfigureAwait(false);
            if (status.IsSuccess)
                status = await profile.RunBindAsync(state, assumed, node, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            status = Status.Error("the scheduler is stopping");
        }

        if (status.IsSuccess)
        {
            Cache.FinishBinding(assumed);
            _options.Metrics.ScheduleAttempt(ScheduleResults.Scheduled, profile.Name, _time.GetElapsedTime(started));
            _recorders[profile.Name].Event(assumed, "Normal", "Scheduled",
                $"Successfully assigned {assumed.Metadata.Namespace}/{assumed.Metadata.Name} to {node}");
            LogBound(_logger, assumed.Metadata.Namespace, assumed.Metadata.Name, node);
            return;
        }

        profile.RunUnreserve(state, assumed, node);
        Cache.ForgetPod(assumed);
        // The forgotten pod's resources are free again, which may help other pods (upstream moves on AssignedPodDelete).
        Queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent(ClusterEventResources.Pod, ClusterEventAction.Delete));
        RecordRejection(info, status);
        Fail(profile, info, status, status.Message, cycle, started);
    }

    private static void RecordRejection(QueuedPodInfo info, Status status)
    {
        info.UnschedulablePlugins.Clear();
        if (status.IsRejected && status.Plugin is { } plugin)
            info.UnschedulablePlugins.Add(plugin);
    }

    /// <summary>
    /// Upstream handleSchedulingFailure: requeue the pod (unless it is gone or bound meanwhile), and
    /// tell the user through a FailedScheduling event and the PodScheduled=False condition.
    /// </summary>
    private void Fail(ProfileRunner profile, QueuedPodInfo info, Status status, string message, long cycle, long started, string? nominated = null)
    {
        var pod = info.Pod;
        var isError = !status.IsRejected;
        info.LastFailureWasError = isError;
        _options.Metrics.ScheduleAttempt(isError ? ScheduleResults.Error : ScheduleResults.Unschedulable, profile.Name,
            _time.GetElapsedTime(started));
        // As upstream: an error (not a rejection) is worth an error line; rejections are the normal case.
        if (isError)
            LogSchedulingError(_logger, pod.Metadata.Namespace, pod.Metadata.Name, message);
        else
            LogFailed(_logger, pod.Metadata.Namespace, pod.Metadata.Name, message);

        var current = _pods.Lister.Get(pod.Metadata.Namespace, pod.Metadata.Name!);
        if (current is null || current.Metadata.Uid != pod.Metadata.Uid)
            return;
        if (!IsAssigned(current))
        {
            info.Pod = current;
            Queue.AddUnschedulableIfNotPresent(info, cycle);
        }

        _recorders[profile.Name].Event(current, "Warning", "FailedScheduling", message);
        var reason = isError ? "SchedulerError" : "Unschedulable";
        _ = PatchConditionAsync(current, reason, message, nominated);
    }

    /// <summary>
    /// Sets PodScheduled=False with the reason and message, and status.nominatedNodeName when
    /// PostFilter decided it (<paramref name="nominated"/> non-null; empty clears it), through a
    /// strategic merge patch of the status, as upstream updatePod; nothing when neither changed.
    /// </summary>
    private async Task PatchConditionAsync(Pod pod, string reason, string message, string? nominated)
    {
        var existing = pod.Status.Conditions?.FirstOrDefault(c => c.Type == PodConditionType.PodScheduled);
        var conditionChanged = existing is not { Status: "False" } || existing.Reason != reason || existing.Message != message;
        var nominatedChanged = nominated is not null && (pod.Status.NominatedNodeName ?? "") != nominated;
        if (!conditionChanged && !nominatedChanged)
            return;
        var transition = existing is { Status: "False" } ? existing.LastTransitionTime : _time.GetUtcNow();
        var condition = PodStatusPatch.Condition(PodConditionType.PodScheduled, "False", reason, message, transition);
        try
        {
            await PodStatusPatch.ApplyAsync(_client, pod, PodStatusPatch.Of(condition, nominatedChanged, nominated)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Client.Rest.ApiStatusException or HttpRequestException)
        {
            LogConditionFailed(_logger, e, pod.Metadata.Namespace, pod.Metadata.Name);
        }
    }
}
