using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 Binding: binds a pod to a node (the scheduler's write). Create-only, never stored.</summary>
[KubeKind("", "v1", "bindings", Verbs = ["create"])]
public sealed class Binding : KubeObject
{
    /// <summary>Required and non-pointer upstream, so always written.</summary>
    public ObjectReference Target { get; set => field = value ?? new(); } = new();
}
