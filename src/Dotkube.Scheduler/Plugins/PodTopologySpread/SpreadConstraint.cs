using Dotkube.Api.Core.V1;
using Dotkube.Api.Selectors;
using NodeAffinityPlugin = Dotkube.Scheduler.Plugins.NodeAffinity.NodeAffinity;
using TaintTolerationPlugin = Dotkube.Scheduler.Plugins.TaintToleration.TaintToleration;

namespace Dotkube.Scheduler.Plugins.PodTopologySpread;

/// <summary>A topology spread constraint with its selector parsed and defaults applied (upstream topologySpreadConstraint).</summary>
internal sealed record SpreadConstraint(int MaxSkew, string TopologyKey, Selector Selector, int MinDomains, bool HonorNodeAffinity, bool HonorNodeTaints)
{
    /// <summary>
    /// As upstream: minDomains defaults to 1, nodeAffinityPolicy to Honor, nodeTaintsPolicy to
    /// Ignore; matchLabelKeys present on the pod become "key=value" requirements beside the selector.
    /// </summary>
    public static bool TryCreate(TopologySpreadConstraint c, Pod pod, out SpreadConstraint? parsed, out string? error)
    {
        parsed = null;
        if (!Selector.TryFromLabelSelector(c.LabelSelector, out var selector, out error))
            return false;
        var podLabels = pod.Metadata.Labels ?? [];
        var matchLabels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in c.MatchLabelKeys ?? [])
        {
            if (podLabels.TryGetValue(key, out var value))
                matchLabels[key] = value;
        }

        // Upstream builds the set's selector and adds the original's requirements: a null
        // labelSelector (which selects nothing) then leaves just the matchLabelKeys pairs.
        if (matchLabels.Count > 0)
            selector = Selector.FromSet(matchLabels).Add(selector.Requirements);

        parsed = new SpreadConstraint(c.MaxSkew, c.TopologyKey, selector, c.MinDomains ?? 1,
            HonorNodeAffinity: c.NodeAffinityPolicy != "Ignore", HonorNodeTaints: c.NodeTaintsPolicy == "Honor");
        return true;
    }

    /// <summary>
    /// Whether the node's domain counts for this constraint under the node inclusion policies: the
    /// pod's nodeSelector and required node affinity (Honor), and its NoSchedule/NoExecute taints (Honor).
    /// </summary>
    public bool Includes(Pod pod, Node node)
    {
        if (HonorNodeAffinity && !NodeAffinityPlugin.MatchesRequired(pod, node))
            return false;
        return !HonorNodeTaints || TaintTolerationPlugin.FirstUntoleratedTaint(node.Spec.Taints, pod.Spec.Tolerations) is null;
    }

    /// <summary>
    /// Pods on the node in <paramref name="ns"/>, not terminating, matching the selector (upstream
    /// countPodsMatchSelector). As upstream, an empty selector counts nothing.
    /// </summary>
    public int CountMatching(IReadOnlyList<Pod> pods, string? ns)
    {
        if (Selector.IsEmpty)
            return 0;
        var count = 0;
        foreach (var pod in pods)
        {
            if (pod.Metadata.DeletionTimestamp is null && pod.Metadata.Namespace == ns && Selector.Matches(pod.Metadata.Labels))
                count++;
        }

        return count;
    }
}
