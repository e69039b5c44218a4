namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 TopologySelectorTerm: the AND of its requirements; an empty term matches nothing.</summary>
public sealed class TopologySelectorTerm
{
    public List<TopologySelectorLabelRequirement>? MatchLabelExpressions { get; set; }
}
