using System.Globalization;
using Dotkube.Api.Core.V1;

namespace Dotkube.Scheduler.Plugins.NodeAffinity;

/// <summary>
/// Node selector term matching as upstream's component-helpers nodeaffinity: terms are ORed,
/// a term's expressions and fields are ANDed, an empty term matches nothing, and a term with an
/// invalid requirement (wrong value count, unparsable Gt/Lt number, unknown operator or field)
/// matches nothing either.
/// </summary>
public static class NodeSelectorMatcher
{
    /// <summary>The only field node selector terms can match on.</summary>
    public const string NameField = "metadata.name";

    /// <summary>Whether any of <paramref name="terms"/> matches the node.</summary>
    public static bool MatchesAny(IEnumerable<NodeSelectorTerm> terms, Node node) => terms.Any(t => Matches(t, node));

    public static bool Matches(NodeSelectorTerm term, Node node)
    {
        var expressions = term.MatchExpressions ?? [];
        var fields = term.MatchFields ?? [];
        if (expressions.Count == 0 && fields.Count == 0)
            return false;
        var labels = node.Metadata.Labels;
        return expressions.All(r => MatchesLabel(r, labels)) && fields.All(r => MatchesField(r, node.Metadata.Name ?? ""));
    }

    /// <summary>Whether the node's labels include every key=value of a pod's spec.nodeSelector.</summary>
    public static bool MatchesNodeSelector(IReadOnlyDictionary<string, string>? nodeSelector, Node node) =>
        nodeSelector is null ||
        nodeSelector.All(kv => node.Metadata.Labels?.TryGetValue(kv.Key, out var value) == true && value == kv.Value);

    private static bool MatchesLabel(NodeSelectorRequirement requirement, IReadOnlyDictionary<string, string>? labels)
    {
        var values = requirement.Values ?? [];
        string? label = null;
        var has = labels?.TryGetValue(requirement.Key, out label) == true;
        switch (requirement.Operator)
        {
            case NodeSelectorOperator.In:
                return values.Count > 0 && has && values.Contains(label!);
            case NodeSelectorOperator.NotIn:
                return values.Count > 0 && (!has || !values.Contains(label!));
            case NodeSelectorOperator.Exists:
                return values.Count == 0 && has;
            case NodeSelectorOperator.DoesNotExist:
                return values.Count == 0 && !has;
            case NodeSelectorOperator.Gt:
            case NodeSelectorOperator.Lt:
                if (values.Count != 1 || !TryParseInt(values[0], out var bound) || !has || !TryParseInt(label!, out var actual))
                    return false;
                return requirement.Operator == NodeSelectorOperator.Gt ? actual > bound : actual < bound;
            default:
                return false;
        }
    }

    /// <summary>Fields support metadata.name with In or NotIn and exactly one value, as upstream's field selector conversion.</summary>
    private static bool MatchesField(NodeSelectorRequirement requirement, string nodeName)
    {
        if (requirement.Key != NameField || requirement.Values is not { Count: 1 } values)
            return false;
        return requirement.Operator switch
        {
            NodeSelectorOperator.In => values[0] == nodeName,
            NodeSelectorOperator.NotIn => values[0] != nodeName,
            _ => false,
        };
    }

    private static bool TryParseInt(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
