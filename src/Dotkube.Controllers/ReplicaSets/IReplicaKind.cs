using Dotkube.Api.Apps.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Controllers.ReplicaSets;

/// <summary>
/// What differs between the kinds one <see cref="ReplicaController{TOwner}"/> can manage: names,
/// and how to read the spec and the status and write the status. Upstream converts
/// ReplicationControllers to ReplicaSets on the way in and out; this is the same idea for the
/// parts that differ in shape.
/// </summary>
internal interface IReplicaKind<TOwner>
    where TOwner : KubeObject
{
    /// <summary>Of the controller references on created pods, e.g. "apps/v1".</summary>
    string ApiVersion { get; }

    string Kind { get; }

    /// <summary>The upstream controller name ("replicaset"), used for --controllers, the work queue and logs.</summary>
    string ControllerName { get; }

    /// <summary>The event source component ("replicaset-controller").</summary>
    string EventComponent { get; }

    ReplicaSpec SpecOf(TOwner owner);

    /// <summary>The status in ReplicaSet shape; never mutate it (it may be the cached object's).</summary>
    ReplicaSetStatus StatusOf(TOwner owner);

    /// <summary>A copy of <paramref name="owner"/> (never the cached instance) carrying <paramref name="status"/>.</summary>
    TOwner WithStatus(TOwner owner, ReplicaSetStatus status);
}
