using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Scheduling.V1;

/// <summary>Maps a priority class name to an integer priority; its fields sit next to metadata, with no spec.</summary>
[KubeKind("scheduling.k8s.io", "v1", "priorityclasses", Namespaced = false, ShortNames = ["pc"])]
public sealed class PriorityClass : KubeObject
{
    public int Value { get; set; }

    public bool? GlobalDefault { get; set; }

    public string? Description { get; set; }

    /// <summary>"PreemptLowerPriority" (the default) or "Never".</summary>
    public string? PreemptionPolicy { get; set; }
}
