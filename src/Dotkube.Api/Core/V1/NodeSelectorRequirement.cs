namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NodeSelectorRequirement; operator is one of <see cref="NodeSelectorOperator"/>.</summary>
public sealed class NodeSelectorRequirement
{
    public string Key { get; set; } = "";

    public string Operator { get; set; } = "";

    public List<string>? Values { get; set; }
}
