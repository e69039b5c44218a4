using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Informers;
using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.ReplicaSets;

/// <summary>Informer handlers, as upstream's addPod/updatePod/deletePod and addRS/updateRS/deleteRS.</summary>
public abstract partial class ReplicaController<TOwner>
{
    private void OnOwnerUpdated(TOwner old, TOwner current)
    {
        // A delete and re-create folded into one update: forget what the old object waited for.
        if (old.Metadata.Uid != current.Metadata.Uid)
            Expectations.Delete(ObjectKeys.Of(old));
        Enqueue(current);
    }

    private void OnOwnerDeleted(TOwner owner)
    {
        // Forget its expectations so a new owner of the same name starts clean; the sync then sees it gone.
        var key = ObjectKeys.Of(owner);
        Expectations.Delete(key);
        _controller.Queue.Add(key);
    }

    private void OnPodAdded(Pod pod)
    {
        // After a restart a pod may first appear already being deleted: that is no creation to observe.
        if (pod.Metadata.DeletionTimestamp is not null)
        {
            OnPodDeleted(pod);
            return;
        }

        if (Owners.ControllerOf(pod) is { } controllerRef)
        {
            if (Resolve(pod.Metadata.Namespace, controllerRef) is not { } owner)
                return;
            var key = ObjectKeys.Of(owner);
            Expectations.CreationObserved(key);
            _controller.Queue.Add(key);
            return;
        }

        // An orphan: wake every owner that could adopt it (nobody waits for an orphan's creation).
        foreach (var owner in OwnersSelecting(pod))
            Enqueue(owner);
    }

    private void OnPodUpdated(Pod old, Pod current)
    {
        // A resync redelivers unchanged pods; two versions of a pod always differ in resourceVersion.
        if (current.Metadata.ResourceVersion == old.Metadata.ResourceVersion)
            return;

        var labelsChanged = !ServiceEndpoints.LabelsEqual(old.Metadata.Labels, current.Metadata.Labels);
        if (current.Metadata.DeletionTimestamp is not null)
        {
            // A graceful deletion has begun: replace the pod now rather than when the kubelet is done with it.
            OnPodDeleted(current);
            if (labelsChanged)
                OnPodDeleted(old);
            return;
        }

        var currentRef = Owners.ControllerOf(current);
        var oldRef = Owners.ControllerOf(old);
        var refChanged = !Owners.SameReference(currentRef, oldRef);
        if (refChanged && oldRef is not null && Resolve(old.Metadata.Namespace, oldRef) is { } previousOwner)
            Enqueue(previousOwner);

        if (currentRef is not null)
        {
            if (Resolve(current.Metadata.Namespace, currentRef) is { } owner)
                Enqueue(owner);
            return;
        }

        if (labelsChanged || refChanged)
        {
            foreach (var owner in OwnersSelecting(current))
                Enqueue(owner);
        }
    }

    private void OnPodDeleted(Pod pod)
    {
        if (Owners.ControllerOf(pod) is not { } controllerRef || Resolve(pod.Metadata.Namespace, controllerRef) is not { } owner)
            return;
        var key = ObjectKeys.Of(owner);
        Expectations.DeletionObserved(key, PodKey(pod));
        _controller.Queue.Add(key);
    }

    /// <summary>The cached owner a controller reference points to: same kind and name, and the same uid (not a namesake).</summary>
    private TOwner? Resolve(string? ns, OwnerReference controllerRef)
    {
        if (controllerRef.Kind != _kind.Kind)
            return null;
        var owner = _owners.Lister.Get(ns, controllerRef.Name);
        return owner?.Metadata.Uid == controllerRef.Uid ? owner : null;
    }

    /// <summary>
    /// Owners in the pod's namespace whose selector matches its labels (upstream's getPodReplicaSets);
    /// an empty or invalid selector matches nothing here, so a stray owner cannot claim every pod.
    /// </summary>
    private List<TOwner> OwnersSelecting(Pod pod)
    {
        if (pod.Metadata.Labels is not { Count: > 0 } labels)
            return [];
        var matching = _owners.Lister.List(pod.Metadata.Namespace)
            .Where(o => _kind.SpecOf(o).Selector is { IsEmpty: false, IsNothing: false } selector && selector.Matches(labels))
            .ToList();
        if (matching.Count > 1)
            ReplicaControllerLog.SeveralOwnersSelectPod(_logger, _kind.Kind, PodKey(pod), matching.Count);
        return matching;
    }
}
