using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>A ReplicaSet keeps a given number of identical pods running, replacing any that fail or are deleted. Usually managed by a Deployment.</summary>
/// <remarks>Keeps a number of pods from one template running.</remarks>
[KubeKind("apps", "v1", "replicasets", ShortNames = ["rs"], Categories = ["all"], Subresources = ["status", "scale"])]
public sealed class ReplicaSet : KubeObject
{
    /// <summary>The desired state of the replica set: the pod template and how many pods to run.</summary>
    public ReplicaSetSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>The most recently observed state of the replica set. Read-only.</summary>
    public ReplicaSetStatus Status { get; set => field = value ?? new(); } = new();
}
