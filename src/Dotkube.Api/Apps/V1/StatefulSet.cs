using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>Pods with stable ordinal identities and per-pod volume claims.</summary>
[KubeKind("apps", "v1", "statefulsets", ShortNames = ["sts"], Categories = ["all"], Subresources = ["status", "scale"])]
public sealed class StatefulSet : KubeObject
{
    public StatefulSetSpec Spec { get; set => field = value ?? new(); } = new();

    public StatefulSetStatus Status { get; set => field = value ?? new(); } = new();
}
