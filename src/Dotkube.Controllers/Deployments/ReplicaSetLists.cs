using Dotkube.Api.Apps.V1;

namespace Dotkube.Controllers.Deployments;

// The apps types are written Deployment and ReplicaSet throughout this folder: inside
// Dotkube.Controllers, a bare "Deployment" names this namespace (and "ReplicaSet" the replica set
// controller's), not the API type.

/// <summary>
/// Sums, filters, lookups and orders over a Deployment's ReplicaSets, as upstream's
/// deploymentutil and controller helpers (FilterActiveReplicaSets, ReplicaSetsBy*).
/// </summary>
internal static class ReplicaSetLists
{
    /// <summary>spec.replicas; the server defaults it to 1.</summary>
    public static int Replicas(ReplicaSet rs) => rs.Spec.Replicas ?? 1;

    public static int Replicas(Deployment d) => d.Spec.Replicas ?? 1;

    /// <summary>Sum of spec.replicas (GetReplicaCountForReplicaSets).</summary>
    public static int SpecReplicas(IEnumerable<ReplicaSet?> rss) => rss.Sum(rs => rs is null ? 0 : Replicas(rs));

    /// <summary>Sum of status.replicas (GetActualReplicaCountForReplicaSets).</summary>
    public static int ActualReplicas(IEnumerable<ReplicaSet?> rss) => rss.Sum(rs => rs?.Status.Replicas ?? 0);

    public static int ReadyReplicas(IEnumerable<ReplicaSet?> rss) => rss.Sum(rs => rs?.Status.ReadyReplicas ?? 0);

    public static int AvailableReplicas(IEnumerable<ReplicaSet?> rss) => rss.Sum(rs => rs?.Status.AvailableReplicas ?? 0);

    /// <summary>The ReplicaSets that are meant to run pods (spec.replicas > 0); nulls dropped.</summary>
    public static List<ReplicaSet> Active(IEnumerable<ReplicaSet?> rss) =>
        [.. rss.OfType<ReplicaSet>().Where(rs => Replicas(rs) > 0)];

    /// <summary>
    /// The ReplicaSet whose template equals the Deployment's (ignoring pod-template-hash); the
    /// oldest one when several do (upstream issue 40415).
    /// </summary>
    public static ReplicaSet? FindNew(Deployment d, IEnumerable<ReplicaSet> rss) =>
        rss.Order(ByCreation).FirstOrDefault(rs => PodTemplateHash.EqualIgnoreHash(rs.Spec.Template, d.Spec.Template));

    /// <summary>Every ReplicaSet but the new one.</summary>
    public static List<ReplicaSet> FindOld(Deployment d, IEnumerable<ReplicaSet> rss)
    {
        var all = rss.ToList();
        var newRs = FindNew(d, all);
        return [.. all.Where(rs => newRs is null || rs.Metadata.Uid != newRs.Metadata.Uid)];
    }

    /// <summary>
    /// The only active ReplicaSet, or the newest one when none is active; null when several are
    /// active (then scaling is proportional). <paramref name="oldRss"/> is taken newest first.
    /// </summary>
    public static ReplicaSet? FindActiveOrLatest(ReplicaSet? newRs, IReadOnlyList<ReplicaSet> oldRss)
    {
        if (newRs is null && oldRss.Count == 0)
            return null;
        var newestFirst = oldRss.Order(ByCreation).Reverse().ToList();
        var active = Active([.. newestFirst, newRs]);
        return active.Count switch
        {
            0 => newRs ?? newestFirst[0],
            1 => active[0],
            _ => null,
        };
    }

    /// <summary>
    /// The new ReplicaSet holds all the Deployment's replicas, believes so (desired-replicas), and
    /// all of them are available.
    /// </summary>
    public static bool IsSaturated(Deployment d, ReplicaSet? rs)
    {
        if (rs is null || !Revisions.TryGetIntAnnotation(rs, DeploymentAnnotations.DesiredReplicas, out var desired))
            return false;
        var replicas = Replicas(d);
        return Replicas(rs) == replicas && desired == replicas && (rs.Status.AvailableReplicas ?? 0) == replicas;
    }

    /// <summary>Oldest first, by name when created in the same second (ReplicaSetsByCreationTimestamp).</summary>
    public static readonly Comparer<ReplicaSet> ByCreation = Comparer<ReplicaSet>.Create((a, b) =>
    {
        var byTime = a.Metadata.CreationTimestamp.CompareTo(b.Metadata.CreationTimestamp);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Metadata.Name, b.Metadata.Name);
    });

    /// <summary>Largest first, older first among equals: the order to scale down in (ReplicaSetsBySizeOlder).</summary>
    public static readonly Comparer<ReplicaSet> BySizeOlder = Comparer<ReplicaSet>.Create((a, b) =>
        Replicas(a) != Replicas(b) ? Replicas(b).CompareTo(Replicas(a)) : ByCreation.Compare(a, b));

    /// <summary>Largest first, newer first among equals: the order to scale up in (ReplicaSetsBySizeNewer).</summary>
    public static readonly Comparer<ReplicaSet> BySizeNewer = Comparer<ReplicaSet>.Create((a, b) =>
        Replicas(a) != Replicas(b) ? Replicas(b).CompareTo(Replicas(a)) : ByCreation.Compare(b, a));

    /// <summary>Lowest revision first; by creation when revisions tie or do not parse (ReplicaSetsByRevision).</summary>
    public static readonly Comparer<ReplicaSet> ByRevision = Comparer<ReplicaSet>.Create((a, b) =>
        Revisions.TryGet(a, out var ra) && Revisions.TryGet(b, out var rb) && ra != rb ? ra.CompareTo(rb) : ByCreation.Compare(a, b));
}
