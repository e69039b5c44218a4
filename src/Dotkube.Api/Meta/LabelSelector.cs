namespace Dotkube.Api.Meta;

/// <summary>metav1.LabelSelector: matchLabels and matchExpressions are ANDed; an empty selector matches everything.</summary>
public sealed class LabelSelector
{
    public Dictionary<string, string>? MatchLabels { get; set; }

    public List<LabelSelectorRequirement>? MatchExpressions { get; set; }
}
