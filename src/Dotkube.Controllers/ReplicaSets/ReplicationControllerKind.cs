using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Selectors;
using Dotkube.Api.Serialization;

namespace Dotkube.Controllers.ReplicaSets;

/// <summary>core/v1 ReplicationController for <see cref="ReplicaController{TOwner}"/>: a ReplicaSet with a map selector.</summary>
internal sealed class ReplicationControllerKind : IReplicaKind<ReplicationController>
{
    public static ReplicationControllerKind Instance { get; } = new();

    public string ApiVersion => "v1";

    public string Kind => "ReplicationController";

    public string ControllerName => "replicationcontroller";

    public string EventComponent => "replication-controller";

    /// <summary>
    /// A missing selector selects nothing, as upstream's conversion to a ReplicaSet (the API server
    /// defaults it to the template's labels, so it is only missing in objects it did not default).
    /// </summary>
    public ReplicaSpec SpecOf(ReplicationController owner)
    {
        var selector = owner.Spec.Selector is null ? Selector.Nothing : Selector.FromSet(owner.Spec.Selector);
        return new ReplicaSpec(owner.Spec.Replicas ?? 1, owner.Spec.MinReadySeconds ?? 0, selector, null,
            owner.Spec.Template ?? new PodTemplateSpec());
    }

    public ReplicaSetStatus StatusOf(ReplicationController owner) =>
        ReplicaStatuses.Convert<ReplicationControllerStatus, ReplicaSetStatus>(owner.Status);

    public ReplicationController WithStatus(ReplicationController owner, ReplicaSetStatus status)
    {
        var copy = KubeJson.Deserialize<ReplicationController>(KubeJson.Serialize(owner));
        copy.Status = ReplicaStatuses.Convert<ReplicaSetStatus, ReplicationControllerStatus>(status);
        return copy;
    }
}
