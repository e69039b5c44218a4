using Dotkube.Api.Core.V1;

namespace Dotkube.Scheduler.Plugins.PodTopologySpread;

/// <summary>
/// Whether a node satisfies a pod's nodeSelector and required node affinity (upstream
/// nodeaffinity.RequiredNodeAffinity, used by nodeAffinityPolicy Honor). Terms are ORed and their
/// requirements ANDed; a term without requirements, or one that does not parse, matches nothing.
/// </summary>
internal sealed class RequiredNodeAffinity(Pod pod)
{
    private readonly Dictionary<string, string>? _nodeSelector = pod.Spec.NodeSelector;
    private readonly NodeSelector? _required = pod.Spec.Affinity?.NodeAffinity?.RequiredDuringSchedulingIgnoredDuringExecution;

    public bool Matches(Node node)
    {
        var labels = node.Metadata.Labels;
        foreach (var (key, value) in _nodeSelector ?? [])
        {
            if (labels?.TryGetValue(key, out var actual) != true || actual != value)
                return false;
        }

        return _required is null || _required.NodeSelectorTerms.Any(term => TermMatches(term, node));
    }

    private static bool TermMatches(NodeSelectorTerm term, Node node)
    {
        if (term.MatchExpressions is not { Count: > 0 } && term.MatchFields is not { Count: > 0 })
            return false;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["metadata.name"] = node.Metadata.Name ?? "" };
        return (term.MatchExpressions ?? []).All(r => RequirementMatches(r, node.Metadata.Labels, isField: false)) &&
               (term.MatchFields ?? []).All(r => RequirementMatches(r, fields, isField: true));
    }

    private static bool RequirementMatches(NodeSelectorRequirement r, IReadOnlyDictionary<string, string>? labels, bool isField)
    {
        var values = r.Values ?? [];
        string? found = null;
        var has = labels?.TryGetValue(r.Key, out found) == true;
        var actual = found ?? "";
        if (isField && (r.Key != "metadata.name" || r.Operator is not (NodeSelectorOperator.In or NodeSelectorOperator.NotIn) || values.Count != 1))
            return false;
        return r.Operator switch
        {
            NodeSelectorOperator.In => values.Count > 0 && has && values.Contains(actual),
            NodeSelectorOperator.NotIn => values.Count > 0 && (!has || !values.Contains(actual)),
            NodeSelectorOperator.Exists => values.Count == 0 && has,
            NodeSelectorOperator.DoesNotExist => values.Count == 0 && !has,
            NodeSelectorOperator.Gt or NodeSelectorOperator.Lt => values.Count == 1 && has &&
                long.TryParse(values[0], out var bound) && long.TryParse(actual, out var number) &&
                (r.Operator == NodeSelectorOperator.Gt ? number > bound : number < bound),
            _ => false,
        };
    }
}
