namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NodeSelector: the terms are ORed; nodeSelectorTerms is required and always written.</summary>
public sealed class NodeSelector
{
    public List<NodeSelectorTerm> NodeSelectorTerms { get; set => field = value ?? []; } = [];
}
