using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>A Namespace is a named scope that groups resources, such as pods and services, and keeps their names separate from those in other namespaces.</summary>
/// <remarks>core/v1 Namespace. Upstream discovery lists no deletecollection verb for it.</remarks>
[KubeKind("", "v1", "namespaces", Namespaced = false, ShortNames = ["ns"], Subresources = ["status", "finalize"],
    Verbs = ["create", "delete", "get", "list", "patch", "update", "watch"])]
public sealed class Namespace : KubeObject
{
    /// <summary>The desired state of the namespace.</summary>
    public NamespaceSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>The observed state of the namespace, such as whether it is being deleted. Read-only.</summary>
    public NamespaceStatus Status { get; set => field = value ?? new(); } = new();
}
