using Dotkube.Api.Apps.V1;
using Dotkube.Api.Selectors;
using Dotkube.Api.Serialization;

namespace Dotkube.Controllers.ReplicaSets;

/// <summary>apps/v1 ReplicaSet for <see cref="ReplicaController{TOwner}"/>.</summary>
internal sealed class ReplicaSetKind : IReplicaKind<Api.Apps.V1.ReplicaSet>
{
    public static ReplicaSetKind Instance { get; } = new();

    public string ApiVersion => "apps/v1";

    public string Kind => "ReplicaSet";

    public string ControllerName => "replicaset";

    public string EventComponent => "replicaset-controller";

    public ReplicaSpec SpecOf(Api.Apps.V1.ReplicaSet owner)
    {
        Selector.TryFromLabelSelector(owner.Spec.Selector, out var selector, out var error);
        return new ReplicaSpec(owner.Spec.Replicas ?? 1, owner.Spec.MinReadySeconds ?? 0, selector, error, owner.Spec.Template);
    }

    public ReplicaSetStatus StatusOf(Api.Apps.V1.ReplicaSet owner) => owner.Status;

    public Api.Apps.V1.ReplicaSet WithStatus(Api.Apps.V1.ReplicaSet owner, ReplicaSetStatus status)
    {
        var copy = KubeJson.Deserialize<Api.Apps.V1.ReplicaSet>(KubeJson.Serialize(owner));
        copy.Status = status;
        return copy;
    }
}
