using Dotkube.Api.Core.V1;

namespace Dotkube.Controllers.TaintEviction;

/// <summary>Taint and toleration matching for NoExecute eviction (upstream core/v1 helper and the taint eviction controller).</summary>
internal static class Tolerations
{
    /// <summary>
    /// Upstream GetMatchingTolerations: whether every taint is tolerated, and the first toleration
    /// that tolerates each (the ones whose seconds count).
    /// </summary>
    public static bool AllTolerated(IReadOnlyList<Taint> taints, IReadOnlyList<Toleration>? tolerations, out List<Toleration> used)
    {
        used = [];
        foreach (var taint in taints)
        {
            var match = tolerations?.FirstOrDefault(t => t.ToleratesTaint(taint));
            if (match is null)
            {
                used = [];
                return false;
            }

            used.Add(match);
        }

        return true;
    }

    /// <summary>
    /// How long a pod may stay (upstream getMinTolerationTime): the least tolerationSeconds among
    /// <paramref name="used"/>, zero or negative seconds meaning at once; null when none sets
    /// seconds, i.e. the pod stays forever.
    /// </summary>
    public static TimeSpan? MinTolerationTime(IReadOnlyList<Toleration> used)
    {
        if (used.Count == 0)
            return TimeSpan.Zero;
        long? least = null;
        foreach (var toleration in used)
        {
            if (toleration.TolerationSeconds is not { } seconds)
                continue;
            if (seconds <= 0)
                return TimeSpan.Zero;
            least = least is null ? seconds : Math.Min(least.Value, seconds);
        }

        return least is null ? null : TimeSpan.FromSeconds(least.Value);
    }

    public static List<Taint> NoExecute(Node? node) =>
        node?.Spec.Taints?.Where(t => t.Effect == TaintEffect.NoExecute).ToList() ?? [];
}
