using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NamespaceStatus.</summary>
public sealed class NamespaceStatus
{
    /// <summary>A <see cref="NamespacePhase"/> value.</summary>
    public string? Phase { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<NamespaceCondition>? Conditions { get; set; }
}
