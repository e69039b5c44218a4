namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 TopologySelectorLabelRequirement: the label must have one of the values.</summary>
public sealed class TopologySelectorLabelRequirement
{
    public string Key { get; set; } = "";

    /// <summary>No omitempty upstream, so always written.</summary>
    public List<string> Values { get; set => field = value ?? []; } = [];
}
