namespace Dotkube.Api.Meta;

/// <summary>A query over labels. An object matches when it satisfies every matchLabels pair and every matchExpressions rule; an empty selector matches everything.</summary>
/// <remarks>metav1.LabelSelector: matchLabels and matchExpressions are ANDed; an empty selector matches everything.</remarks>
public sealed class LabelSelector
{
    /// <summary>Labels that must be present with exactly these values.</summary>
    public Dictionary<string, string>? MatchLabels { get; set; }

    /// <summary>Rules on label values, each with a key, an operator (In, NotIn, Exists or DoesNotExist) and, for In and NotIn, a list of values.</summary>
    public List<LabelSelectorRequirement>? MatchExpressions { get; set; }
}
