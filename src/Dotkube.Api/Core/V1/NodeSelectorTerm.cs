namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NodeSelectorTerm: its requirements are ANDed; an empty term matches no node.</summary>
public sealed class NodeSelectorTerm
{
    public List<NodeSelectorRequirement>? MatchExpressions { get; set; }

    public List<NodeSelectorRequirement>? MatchFields { get; set; }
}
