using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Profiles;
using Dotkube.Scheduler.Queue;

namespace Dotkube.Scheduler;

/// <summary>The informer handlers (upstream eventhandlers.go): bound pods and nodes feed the cache, pending pods the queue.</summary>
public sealed partial class Scheduler
{
    private static bool IsAssigned(Pod pod) => !string.IsNullOrEmpty(pod.Spec.NodeName);

    private static bool IsTerminal(Pod pod) => pod.Status.Phase is "Succeeded" or "Failed";

    private bool IsResponsibleFor(Pod pod) => _profiles.ContainsKey(pod.Spec.SchedulerName ?? DefaultPlugins.SchedulerName);

    /// <summary>The pod's profile's preEnqueue plugins, which the queue runs before a pod may be attempted.</summary>
    private Status RunPreEnqueue(Pod pod) =>
        _profiles.GetValueOrDefault(pod.Spec.SchedulerName ?? DefaultPlugins.SchedulerName)?.RunPreEnqueue(pod) ?? Status.Success;

    private void OnPodAdded(Pod pod)
    {
        if (IsAssigned(pod))
        {
            if (IsTerminal(pod))
                return;
            Cache.AddPod(pod);
            Queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent(ClusterEventResources.Pod, ClusterEventAction.Add));
        }
        else if (IsResponsibleFor(pod) && !IsTerminal(pod))
        {
            Queue.Add(pod);
            Nominator.AddOrUpdate(pod);
        }
    }

    private void OnPodUpdated(Pod oldPod, Pod newPod)
    {
        if (IsAssigned(newPod))
        {
            if (!IsAssigned(oldPod))
            {
                // Bound: it leaves the queue and the cache confirms it (it may be our assumed pod).
                Queue.Delete(newPod);
                Nominator.Delete(newPod);
            }

            if (IsTerminal(newPod))
            {
                // A finished pod frees its node's resources as if it were deleted.
                Cache.RemovePod(newPod);
                Queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent(ClusterEventResources.Pod, ClusterEventAction.Delete));
                return;
            }

            Cache.UpdatePod(newPod);
            if (!SchedulingQueue.SameMap(oldPod.Metadata.Labels, newPod.Metadata.Labels))
                Queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent(ClusterEventResources.Pod, ClusterEventAction.UpdatePodLabel));
            return;
        }

        if (!IsResponsibleFor(newPod) || Cache.IsAssumed(newPod))
            return;
        if (IsTerminal(newPod))
        {
            Queue.Delete(newPod);
            return;
        }

        Queue.Update(oldPod, newPod);
        Nominator.Update(oldPod, newPod);
    }

    private void OnPodDeleted(Pod pod)
    {
        if (IsAssigned(pod))
        {
            Cache.RemovePod(pod);
            Queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent(ClusterEventResources.Pod, ClusterEventAction.Delete));
            return;
        }

        Queue.Delete(pod);
        Nominator.Delete(pod);
    }

    private void OnNodeAdded(Node node)
    {
        Cache.AddOrUpdateNode(node);
        Queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent(ClusterEventResources.Node, ClusterEventAction.Add));
    }

    private void OnNodeUpdated(Node oldNode, Node newNode)
    {
        Cache.AddOrUpdateNode(newNode);
        var action = NodeChanges(oldNode, newNode);
        if (action != 0)
            Queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent(ClusterEventResources.Node, action));
    }

    private void OnNodeDeleted(Node node) => Cache.RemoveNode(node);

    /// <summary>
    /// Claims, volumes and storage classes requeue the pods waiting on them (VolumeBinding), as
    /// upstream's handlers do; the informers exist only when an enabled plugin registered such events.
    /// </summary>
    private void WatchVolumeEvents(Client.Informers.SharedInformerFactory informers)
    {
        var wanted = _profiles.Values
            .SelectMany(p => p.Plugins.Keys.SelectMany(name => p.EventsOf(name) ?? []))
            .Select(e => e.Resource)
            .ToHashSet();
        Watch<PersistentVolumeClaim>(ClusterEventResources.PersistentVolumeClaim);
        Watch<PersistentVolume>(ClusterEventResources.PersistentVolume);
        Watch<Api.Storage.V1.StorageClass>(ClusterEventResources.StorageClass);

        void Watch<T>(string resource) where T : Api.Meta.KubeObject
        {
            if (!wanted.Contains(resource))
                return;
            informers.For<T>().AddEventHandler(
                (_, _) => Queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent(resource, ClusterEventAction.Add)),
                (_, _) => Queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent(resource, ClusterEventAction.Update)),
                _ => Queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent(resource, ClusterEventAction.Delete)));
        }
    }

    /// <summary>What changed on a node in the ways scheduling cares about (upstream nodeSchedulingPropertiesChange).</summary>
    internal static ClusterEventAction NodeChanges(Node oldNode, Node newNode)
    {
        ClusterEventAction action = 0;
        if (!SameQuantities(oldNode.Status.Allocatable, newNode.Status.Allocatable))
            action |= ClusterEventAction.UpdateNodeAllocatable;
        if (!SchedulingQueue.SameMap(oldNode.Metadata.Labels, newNode.Metadata.Labels))
            action |= ClusterEventAction.UpdateNodeLabel;
        if ((oldNode.Spec.Unschedulable ?? false) != (newNode.Spec.Unschedulable ?? false) || !SameTaints(oldNode.Spec.Taints, newNode.Spec.Taints))
            action |= ClusterEventAction.UpdateNodeTaint;
        if (!SameConditions(oldNode.Status.Conditions, newNode.Status.Conditions))
            action |= ClusterEventAction.UpdateNodeCondition;
        return action;
    }

    private static bool SameQuantities(Dictionary<string, Api.Values.Quantity>? a, Dictionary<string, Api.Values.Quantity>? b) =>
        (a?.Count ?? 0) == (b?.Count ?? 0) && (a ?? []).All(kv => b is not null && b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    private static bool SameTaints(List<Taint>? a, List<Taint>? b) =>
        (a ?? []).Select(t => (t.Key, t.Value, t.Effect)).SequenceEqual((b ?? []).Select(t => (t.Key, t.Value, t.Effect)));

    // Heartbeat times change every few seconds; only type and status matter, as upstream compares them.
    private static bool SameConditions(List<NodeCondition>? a, List<NodeCondition>? b) =>
        (a ?? []).Select(c => (c.Type, c.Status)).SequenceEqual((b ?? []).Select(c => (c.Type, c.Status)));
}
