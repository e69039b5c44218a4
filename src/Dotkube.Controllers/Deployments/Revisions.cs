using System.Globalization;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Controllers.Deployments;

/// <summary>
/// The revision and replica annotations on Deployments and ReplicaSets, as upstream's
/// deploymentutil (SetNewReplicaSetAnnotations, SetReplicasAnnotations, MaxRevision).
/// </summary>
internal static class Revisions
{
    /// <summary>Annotations never copied from a Deployment to its ReplicaSets (upstream's annotationsToSkip).</summary>
    public static readonly IReadOnlySet<string> NotCopied = new HashSet<string>(StringComparer.Ordinal)
    {
        DeploymentAnnotations.LastAppliedConfiguration,
        DeploymentAnnotations.Revision,
        DeploymentAnnotations.RevisionHistory,
        DeploymentAnnotations.DesiredReplicas,
        DeploymentAnnotations.MaxReplicas,
        AppsLabelKeys.DeprecatedRollbackTo,
    };

    /// <summary>The revision annotation; 0 when absent, false when it is not an integer.</summary>
    public static bool TryGet(KubeObject obj, out long revision)
    {
        revision = 0;
        return obj.Metadata.Annotations?.TryGetValue(DeploymentAnnotations.Revision, out var text) != true
            || long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out revision);
    }

    /// <summary>The highest revision; ReplicaSets whose revision does not parse are skipped.</summary>
    public static long Max(IEnumerable<ReplicaSet> rss) =>
        rss.Select(rs => TryGet(rs, out var r) ? r : 0).DefaultIfEmpty(0).Max();

    public static bool TryGetIntAnnotation(KubeObject obj, string key, out int value)
    {
        value = 0;
        return obj.Metadata.Annotations?.TryGetValue(key, out var text) == true
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Sets the Deployment's revision annotation; true when it changed.</summary>
    public static bool SetDeploymentRevision(Deployment d, string revision)
    {
        var annotations = d.Metadata.Annotations ??= [];
        if (annotations.GetValueOrDefault(DeploymentAnnotations.Revision) == revision)
            return false;
        annotations[DeploymentAnnotations.Revision] = revision;
        return true;
    }

    /// <summary>
    /// Brings the new ReplicaSet's annotations up to date: the Deployment's annotations (but
    /// <see cref="NotCopied"/>), a revision raised to <paramref name="newRevision"/> when lower
    /// (the previous one appended to revision-history, as on a rollback), and, for a ReplicaSet
    /// about to be created, the replica annotations. True when anything changed.
    /// </summary>
    public static bool SetNewReplicaSetAnnotations(Deployment d, ReplicaSet rs, long newRevision, bool exists,
        int historyLimit = DeploymentAnnotations.MaxRevisionHistoryLength)
    {
        var changed = CopyDeploymentAnnotations(d, rs);
        var annotations = rs.Metadata.Annotations ??= [];
        var hadRevision = annotations.TryGetValue(DeploymentAnnotations.Revision, out var oldText);
        long oldRevision = 0;
        if (hadRevision && !long.TryParse(oldText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out oldRevision))
        {
            // As upstream: a revision that is not a number is left alone (an empty one counts as 0).
            if (oldText!.Length != 0)
                return false;
        }

        if (oldRevision < newRevision)
        {
            annotations[DeploymentAnnotations.Revision] = newRevision.ToString(CultureInfo.InvariantCulture);
            changed = true;
            if (hadRevision)
                AppendHistory(annotations, oldText!, historyLimit);
        }

        if (!exists && SetReplicasAnnotations(rs, ReplicaSetLists.Replicas(d), ReplicaSetLists.Replicas(d) + Fenceposts.MaxSurge(d)))
            changed = true;
        return changed;
    }

    /// <summary>Sets desired-replicas and max-replicas; true when either changed.</summary>
    public static bool SetReplicasAnnotations(ReplicaSet rs, int desired, int max)
    {
        var annotations = rs.Metadata.Annotations ??= [];
        var changed = false;
        foreach (var (key, value) in new[] { (DeploymentAnnotations.DesiredReplicas, desired), (DeploymentAnnotations.MaxReplicas, max) })
        {
            var text = value.ToString(CultureInfo.InvariantCulture);
            if (annotations.GetValueOrDefault(key) != text)
            {
                annotations[key] = text;
                changed = true;
            }
        }

        return changed;
    }

    public static bool ReplicasAnnotationsNeedUpdate(ReplicaSet rs, int desired, int max)
    {
        var annotations = rs.Metadata.Annotations;
        return annotations is null
            || annotations.GetValueOrDefault(DeploymentAnnotations.DesiredReplicas) != desired.ToString(CultureInfo.InvariantCulture)
            || annotations.GetValueOrDefault(DeploymentAnnotations.MaxReplicas) != max.ToString(CultureInfo.InvariantCulture);
    }

    private static bool CopyDeploymentAnnotations(Deployment d, ReplicaSet rs)
    {
        var annotations = rs.Metadata.Annotations ??= [];
        var changed = false;
        foreach (var (key, value) in d.Metadata.Annotations ?? [])
        {
            if (NotCopied.Contains(key) || annotations.GetValueOrDefault(key) == value)
                continue;
            annotations[key] = value;
            changed = true;
        }

        return changed;
    }

    /// <summary>Appends <paramref name="revision"/>, dropping the oldest entries to stay within <paramref name="limit"/> characters.</summary>
    private static void AppendHistory(Dictionary<string, string> annotations, string revision, int limit)
    {
        var history = annotations.GetValueOrDefault(DeploymentAnnotations.RevisionHistory) ?? "";
        if (history.Length == 0)
        {
            annotations[DeploymentAnnotations.RevisionHistory] = revision;
            return;
        }

        var entries = history.Split(',');
        var length = history.Length + revision.Length + 1;
        var start = 0;
        while (length > limit && start < entries.Length)
        {
            length -= entries[start].Length + 1;
            start++;
        }

        // As upstream: when even dropping every old entry does not make room, the history is left as it is.
        if (length <= limit)
            annotations[DeploymentAnnotations.RevisionHistory] = string.Join(',', entries[start..].Append(revision));
    }
}
