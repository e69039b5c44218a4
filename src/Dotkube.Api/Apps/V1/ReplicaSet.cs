using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>Keeps a number of pods from one template running.</summary>
[KubeKind("apps", "v1", "replicasets", ShortNames = ["rs"], Categories = ["all"], Subresources = ["status", "scale"])]
public sealed class ReplicaSet : KubeObject
{
    public ReplicaSetSpec Spec { get; set => field = value ?? new(); } = new();

    public ReplicaSetStatus Status { get; set => field = value ?? new(); } = new();
}
