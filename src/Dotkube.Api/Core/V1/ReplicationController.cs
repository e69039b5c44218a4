using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ReplicationController: the predecessor of ReplicaSet, with an equality-based selector.</summary>
[KubeKind("", "v1", "replicationcontrollers", ShortNames = ["rc"], Categories = ["all"], Subresources = ["status", "scale"])]
public sealed class ReplicationController : KubeObject
{
    public ReplicationControllerSpec Spec { get; set => field = value ?? new(); } = new();

    public ReplicationControllerStatus Status { get; set => field = value ?? new(); } = new();
}
