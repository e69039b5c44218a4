using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Plugins.Helper;
using AffinitySpec = Dotkube.Api.Core.V1.NodeAffinity;

namespace Dotkube.Scheduler.Plugins.NodeAffinity;

/// <summary>
/// spec.nodeSelector and node affinity (upstream nodeaffinity plugin): the Filter requires the
/// node selector labels AND one of the required terms; the Score sums the weights of matching
/// preferred terms, normalized to 0..100. Args: {"addedAffinity": NodeAffinity}, applied to every
/// pod of the profile on top of its own.
/// </summary>
public sealed class NodeAffinity : IPreFilterPlugin, IFilterPlugin, IPreScorePlugin, IScorePlugin, IEnqueueExtensions
{
    public const string PluginName = "NodeAffinity";

    public const string ErrReasonPod = "node(s) didn't match Pod's node affinity/selector";

    public const string ErrReasonEnforced = "node(s) didn't match scheduler-enforced node affinity";

    public const string ErrReasonConflict = "pod affinity terms conflict";

    private const string PreScoreKey = "PreScore" + PluginName;

    private readonly AffinitySpec? _added;

    public NodeAffinity(JsonObject? args = null)
    {
        if (args?["addedAffinity"] is JsonObject added)
            _added = KubeJson.Deserialize<AffinitySpec>(System.Text.Encoding.UTF8.GetBytes(added.ToJsonString()));
    }

    public string Name => PluginName;

    /// <summary>
    /// Skips the Filter when neither the pod nor the profile constrains nodes; narrows the
    /// candidates when every required term names nodes through matchFields metadata.name In.
    /// </summary>
    public (PreFilterResult? Result, Status Status) PreFilter(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var required = pod.Spec.Affinity?.NodeAffinity?.RequiredDuringSchedulingIgnoredDuringExecution;
        if (required is null && _added?.RequiredDuringSchedulingIgnoredDuringExecution is null && pod.Spec.NodeSelector is null)
            return (null, Status.Skip);
        if (required is null || required.NodeSelectorTerms.Count == 0)
            return (null, Status.Success);

        HashSet<string>? names = null;
        foreach (var term in required.NodeSelectorTerms)
        {
            HashSet<string>? termNames = null;
            foreach (var field in term.MatchFields ?? [])
            {
                if (field.Key != NodeSelectorMatcher.NameField || field.Operator != NodeSelectorOperator.In)
                    continue;
                var values = (field.Values ?? []).ToHashSet(StringComparer.Ordinal);
                if (termNames is null)
                    termNames = values;
                else
                    termNames.IntersectWith(values);
            }

            // Terms are ORed: one term without a name restriction lets every node through.
            if (termNames is null)
                return (null, Status.Success);
            names ??= new HashSet<string>(StringComparer.Ordinal);
            names.UnionWith(termNames);
        }

        if (names is { Count: 0 })
            return (null, Status.Unresolvable(ErrReasonConflict));
        return (names is null ? null : new PreFilterResult(names), Status.Success);
    }

    public Status Filter(CycleState state, Pod pod, NodeInfo node)
    {
        if (_added?.RequiredDuringSchedulingIgnoredDuringExecution is { } enforced &&
            !NodeSelectorMatcher.MatchesAny(enforced.NodeSelectorTerms, node.Node))
            return Status.Unresolvable(ErrReasonEnforced);
        return MatchesRequired(pod, node.Node) ? Status.Success : Status.Unresolvable(ErrReasonPod);
    }

    /// <summary>Upstream GetRequiredNodeAffinity(pod).Match: nodeSelector labels AND the required terms (when set).</summary>
    public static bool MatchesRequired(Pod pod, Node node)
    {
        if (!NodeSelectorMatcher.MatchesNodeSelector(pod.Spec.NodeSelector, node))
            return false;
        var required = pod.Spec.Affinity?.NodeAffinity?.RequiredDuringSchedulingIgnoredDuringExecution;
        return required is null || NodeSelectorMatcher.MatchesAny(required.NodeSelectorTerms, node);
    }

    /// <summary>Collects the pod's and the profile's preferred terms with a non-zero weight; none means Skip.</summary>
    public Status PreScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var terms = PreferredTerms(pod);
        if (terms.Count == 0)
            return Status.Skip;
        state.Write(PreScoreKey, terms);
        return Status.Success;
    }

    public (long Score, Status Status) Score(CycleState state, Pod pod, NodeInfo node)
    {
        var terms = state.Read<List<PreferredSchedulingTerm>>(PreScoreKey) ?? PreferredTerms(pod);
        long score = 0;
        foreach (var term in terms)
        {
            if (NodeSelectorMatcher.Matches(term.Preference, node.Node))
                score += term.Weight;
        }

        return (score, Status.Success);
    }

    public Status NormalizeScore(CycleState state, Pod pod, List<NodeScore> scores) => ScoreNormalizer.Default(NodeScore.Max, reverse: false, scores);

    /// <summary>A new node, or new labels, may match; upstream pairs label with taint updates for every Node/Add registration.</summary>
    public IReadOnlyList<ClusterEvent> EventsToRegister() =>
        [new("Node", ClusterEventAction.Add | ClusterEventAction.UpdateNodeLabel | ClusterEventAction.UpdateNodeTaint)];

    private List<PreferredSchedulingTerm> PreferredTerms(Pod pod) =>
        (_added?.PreferredDuringSchedulingIgnoredDuringExecution ?? [])
            .Concat(pod.Spec.Affinity?.NodeAffinity?.PreferredDuringSchedulingIgnoredDuringExecution ?? [])
            .Where(t => t.Weight != 0)
            .ToList();
}
