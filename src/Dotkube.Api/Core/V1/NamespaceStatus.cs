using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>The observed state of a Namespace. Set by the system, not by users.</summary>
/// <remarks>core/v1 NamespaceStatus.</remarks>
public sealed class NamespaceStatus
{
    /// <summary>Active while the namespace is in use; Terminating once it is being deleted, when no new objects can be created in it.</summary>
    /// <remarks>A <see cref="NamespacePhase"/> value.</remarks>
    public string? Phase { get; set; }

    /// <summary>The namespace's current conditions, which mostly report problems while it is being deleted.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<NamespaceCondition>? Conditions { get; set; }
}
