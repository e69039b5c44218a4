using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 Namespace. Upstream discovery lists no deletecollection verb for it.</summary>
[KubeKind("", "v1", "namespaces", Namespaced = false, ShortNames = ["ns"], Subresources = ["status", "finalize"],
    Verbs = ["create", "delete", "get", "list", "patch", "update", "watch"])]
public sealed class Namespace : KubeObject
{
    public NamespaceSpec Spec { get; set => field = value ?? new(); } = new();

    public NamespaceStatus Status { get; set => field = value ?? new(); } = new();
}
