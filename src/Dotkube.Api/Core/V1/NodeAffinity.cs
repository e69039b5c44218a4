namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NodeAffinity: a hard node selector and weighted soft preferences.</summary>
public sealed class NodeAffinity
{
    public NodeSelector? RequiredDuringSchedulingIgnoredDuringExecution { get; set; }

    public List<PreferredSchedulingTerm>? PreferredDuringSchedulingIgnoredDuringExecution { get; set; }
}
