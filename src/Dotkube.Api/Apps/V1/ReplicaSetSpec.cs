using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Api.Apps.V1;

public sealed class ReplicaSetSpec
{
    /// <summary>Defaults to 1, as upstream.</summary>
    public int? Replicas { get; set; }

    public int? MinReadySeconds { get; set; }

    public LabelSelector? Selector { get; set; }

    public PodTemplateSpec Template { get; set => field = value ?? new(); } = new();
}
