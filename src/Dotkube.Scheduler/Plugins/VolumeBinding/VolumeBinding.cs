using Dotkube.Api.Core.V1;
using Dotkube.Api.Storage.V1;
using Dotkube.Client.Informers;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.VolumeBinding;

/// <summary>
/// The PreFilter half of upstream's volumebinding plugin: a pod whose PersistentVolumeClaims are
/// missing, lost, being deleted, or unbound with Immediate binding waits (UnschedulableAndUnresolvable,
/// so preemption does not try) until a claim event requeues it. Claims of a WaitForFirstConsumer
/// class are left for the node choice, as upstream; matching them to PersistentVolumes on a node,
/// provisioning and the selected-node annotation at PreBind come with storage.
/// </summary>
public sealed class VolumeBinding : IPreFilterPlugin, IEnqueueExtensions
{
    public const string PluginName = "VolumeBinding";

    public const string ErrReasonUnboundImmediate = "pod has unbound immediate PersistentVolumeClaims";

    /// <summary>Upstream's AnnBindCompleted: the PV controller finished binding the claim.</summary>
    public const string BindCompletedAnnotation = "pv.kubernetes.io/bind-completed";

    /// <summary>The storage class before spec.storageClassName existed; upstream still honours it.</summary>
    public const string BetaStorageClassAnnotation = "volume.beta.kubernetes.io/storage-class";

    public const string PersistentVolumeClaimResource = ClusterEventResources.PersistentVolumeClaim;

    public const string PersistentVolumeResource = ClusterEventResources.PersistentVolume;

    public const string StorageClassResource = ClusterEventResources.StorageClass;

    private readonly Lister<PersistentVolumeClaim> _claims;
    private readonly Lister<StorageClass> _classes;

    public VolumeBinding(IFrameworkHandle handle)
    {
        _claims = handle.Informers.For<PersistentVolumeClaim>().Lister;
        _classes = handle.Informers.For<StorageClass>().Lister;
    }

    public string Name => PluginName;

    public (PreFilterResult? Result, Status Status) PreFilter(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var hasClaims = false;
        var unboundImmediate = false;
        foreach (var volume in pod.Spec.Volumes ?? [])
        {
            var (claimName, ephemeral) = ClaimOf(pod, volume);
            if (claimName is null)
                continue;
            hasClaims = true;
            var claim = _claims.Get(pod.Metadata.Namespace, claimName);
            if (claim is null)
            {
                // Upstream's wording for ephemeral claims: their absence is normal right after the pod is created.
                return (null, Status.Unresolvable(ephemeral
                    ? $"waiting for ephemeral volume controller to create the persistentvolumeclaim \"{claimName}\""
                    : $"persistentvolumeclaim \"{claimName}\" not found"));
            }

            if (claim.Status.Phase == PersistentVolumeClaimPhase.Lost)
                return (null, Status.Unresolvable($"persistentvolumeclaim \"{claimName}\" bound to non-existent persistentvolume \"{claim.Spec.VolumeName}\""));
            if (claim.Metadata.DeletionTimestamp is not null)
                return (null, Status.Unresolvable($"persistentvolumeclaim \"{claimName}\" is being deleted"));
            if (ephemeral && !IsControlledBy(claim, pod))
            {
                return (null, Status.Unresolvable(
                    $"PVC {claim.Metadata.Namespace}/{claimName} was not created for pod {pod.Metadata.Namespace}/{pod.Metadata.Name} (pod is not owner)"));
            }

            if (IsBound(claim))
                continue;
            var (delayed, error) = DelaysBinding(claim);
            if (error is not null)
                return (null, error);
            unboundImmediate |= !delayed;
        }

        if (!hasClaims)
            return (null, Status.Skip);
        return unboundImmediate ? (null, Status.Unresolvable(ErrReasonUnboundImmediate)) : (null, Status.Success);
    }

    /// <summary>
    /// Claims and volumes becoming bound, new classes and nodes may let a waiting pod through (as
    /// upstream; CSI node, driver and capacity events are left out until dotkube serves them).
    /// </summary>
    public IReadOnlyList<ClusterEvent> EventsToRegister() =>
    [
        new(StorageClassResource, ClusterEventAction.Add | ClusterEventAction.Update),
        new(PersistentVolumeClaimResource, ClusterEventAction.Add | ClusterEventAction.Update),
        new(PersistentVolumeResource, ClusterEventAction.Add | ClusterEventAction.Update),
        new(ClusterEventResources.Node, ClusterEventAction.Add | ClusterEventAction.UpdateNodeLabel | ClusterEventAction.UpdateNodeTaint),
    ];

    /// <summary>The claim a volume uses: its claimName, or "&lt;pod&gt;-&lt;volume&gt;" for a generic ephemeral volume.</summary>
    public static (string? ClaimName, bool Ephemeral) ClaimOf(Pod pod, Volume volume) =>
        volume.PersistentVolumeClaim is { } source ? (source.ClaimName, false)
        : volume.Ephemeral is not null ? ($"{pod.Metadata.Name}-{volume.Name}", true)
        : (null, false);

    /// <summary>Upstream's "fully bound": a volume name and the PV controller's bind-completed annotation.</summary>
    public static bool IsBound(PersistentVolumeClaim claim) =>
        !string.IsNullOrEmpty(claim.Spec.VolumeName) && claim.Metadata.Annotations?.ContainsKey(BindCompletedAnnotation) == true;

    /// <summary>Whether the claim's class binds on first consumer; a claim without a class binds immediately.</summary>
    private (bool Delayed, Status? Error) DelaysBinding(PersistentVolumeClaim claim)
    {
        var className = claim.Metadata.Annotations?.GetValueOrDefault(BetaStorageClassAnnotation) ?? claim.Spec.StorageClassName;
        if (string.IsNullOrEmpty(className))
            return (false, null);
        if (_classes.Get(null, className) is not { } storageClass)
            return (false, Status.Error($"storageclass.storage.k8s.io \"{className}\" not found"));
        return (storageClass.VolumeBindingMode == VolumeBindingMode.WaitForFirstConsumer, null);
    }

    private static bool IsControlledBy(PersistentVolumeClaim claim, Pod pod) =>
        claim.Metadata.OwnerReferences?.Any(o => o.Controller == true && o.Uid == pod.Metadata.Uid) == true;
}
