using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 Node: a worker machine, cluster-scoped.</summary>
[KubeKind("", "v1", "nodes", Namespaced = false, ShortNames = ["no"], Subresources = ["status", "proxy"])]
public sealed class Node : KubeObject
{
    public NodeSpec Spec { get; set => field = value ?? new(); } = new();

    public NodeStatus Status { get; set => field = value ?? new(); } = new();
}
