using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>A StatefulSet runs pods that each keep a stable identity (name-0, name-1, ...) and their own persistent storage, for stateful applications such as databases.</summary>
/// <remarks>Pods with stable ordinal identities and per-pod volume claims.</remarks>
[KubeKind("apps", "v1", "statefulsets", ShortNames = ["sts"], Categories = ["all"], Subresources = ["status", "scale"])]
public sealed class StatefulSet : KubeObject
{
    /// <summary>The desired state of the stateful set: the pod template, the number of replicas, per-pod storage and the update strategy.</summary>
    public StatefulSetSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>The most recently observed state of the stateful set. Read-only.</summary>
    public StatefulSetStatus Status { get; set => field = value ?? new(); } = new();
}
