using Dotkube.Api.Core.V1;
using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.ReplicaSets;

/// <summary>Which pods a replica set deletes when it has too many (upstream's getPodsToDelete).</summary>
internal static class SurplusPods
{
    /// <summary>
    /// The first <paramref name="count"/> of <paramref name="owned"/> in <see cref="ActivePods"/>
    /// order, ranked by how many active <paramref name="related"/> pods share each pod's node, so
    /// that pods doubled up on a node go first.
    /// </summary>
    public static List<Pod> Choose(IReadOnlyList<Pod> owned, IReadOnlyList<Pod> related, int count, DateTimeOffset now)
    {
        if (count >= owned.Count)
            return [.. owned];
        var onNode = related.Where(PodState.IsActive)
            .GroupBy(p => p.Spec.NodeName ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var ranks = owned.Select(p => onNode.GetValueOrDefault(p.Spec.NodeName ?? "")).ToList();
        return [.. ActivePods.SortForDeletion(owned, ranks, now).Take(count)];
    }
}
