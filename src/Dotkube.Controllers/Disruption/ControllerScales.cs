using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Informers;
using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.Disruption;

/// <summary>
/// Finds the scale of a pod's controller from the informer caches, trying upstream's finders in
/// its order: ReplicationController, the Deployment of a ReplicaSet, a ReplicaSet no Deployment
/// controls, StatefulSet. A reference whose object is missing or has another UID finds nothing.
/// </summary>
public sealed class ControllerScales(
    Lister<ReplicationController> replicationControllers,
    Lister<ReplicaSet> replicaSets,
    Lister<Deployment> deployments,
    Lister<StatefulSet> statefulSets)
{
    public ControllerScale? Find(OwnerReference owner, string ns) =>
        ReplicationControllerScale(owner, ns) ?? DeploymentScale(owner, ns) ?? ReplicaSetScale(owner, ns) ?? StatefulSetScale(owner, ns);

    private ControllerScale? ReplicationControllerScale(OwnerReference owner, string ns) =>
        Is(owner, "ReplicationController", "") && replicationControllers.Get(ns, owner.Name) is { } rc && rc.Metadata.Uid == owner.Uid
            ? new ControllerScale(owner.Uid, rc.Spec.Replicas ?? 1)
            : null;

    private ControllerScale? DeploymentScale(OwnerReference owner, string ns)
    {
        if (OwnedReplicaSet(owner, ns) is not { } rs || Owners.ControllerOf(rs) is not { } rsOwner || !Is(rsOwner, "Deployment", "apps", "extensions"))
            return null;
        return deployments.Get(ns, rsOwner.Name) is { } d && d.Metadata.Uid == rsOwner.Uid
            ? new ControllerScale(rsOwner.Uid, d.Spec.Replicas ?? 1)
            : null;
    }

    private ControllerScale? ReplicaSetScale(OwnerReference owner, string ns) =>
        OwnedReplicaSet(owner, ns) is { } rs && Owners.ControllerOf(rs)?.Kind != "Deployment"
            ? new ControllerScale(owner.Uid, rs.Spec.Replicas ?? 1)
            : null;

    private ControllerScale? StatefulSetScale(OwnerReference owner, string ns) =>
        Is(owner, "StatefulSet", "apps") && statefulSets.Get(ns, owner.Name) is { } ss && ss.Metadata.Uid == owner.Uid
            ? new ControllerScale(owner.Uid, ss.Spec.Replicas ?? 1)
            : null;

    private ReplicaSet? OwnedReplicaSet(OwnerReference owner, string ns) =>
        Is(owner, "ReplicaSet", "apps", "extensions") && replicaSets.Get(ns, owner.Name) is { } rs && rs.Metadata.Uid == owner.Uid ? rs : null;

    /// <summary>Upstream's verifyGroupKind: the kind, and the group of the apiVersion ("v1" is the core group "").</summary>
    private static bool Is(OwnerReference owner, string kind, params string[] groups)
    {
        var slash = owner.ApiVersion.IndexOf('/');
        var group = slash < 0 ? "" : owner.ApiVersion[..slash];
        return owner.Kind == kind && groups.Contains(group);
    }
}
