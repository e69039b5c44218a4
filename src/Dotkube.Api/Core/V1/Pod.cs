using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 Pod: containers scheduled together onto one node. Spec and status are always written.</summary>
[KubeKind("", "v1", "pods", ShortNames = ["po"], Categories = ["all"],
    Subresources = ["status", "binding", "eviction", "log", "exec", "attach", "portforward", "proxy", "ephemeralcontainers"])]
public sealed class Pod : KubeObject
{
    public PodSpec Spec { get; set => field = value ?? new(); } = new();

    public PodStatus Status { get; set => field = value ?? new(); } = new();
}
