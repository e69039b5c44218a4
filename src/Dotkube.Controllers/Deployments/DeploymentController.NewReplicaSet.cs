using System.Globalization;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Common;
using static Dotkube.Controllers.Deployments.DeploymentConditions;

namespace Dotkube.Controllers.Deployments;

public sealed partial class DeploymentController
{
    /// <summary>
    /// The new ReplicaSet (null when there is none and <paramref name="createIfMissing"/> is false)
    /// and all old ones, with revisions brought up to date: the new ReplicaSet's revision is one
    /// above the old ones' highest, and the Deployment's revision is the new ReplicaSet's.
    /// ReplicaSets written on the way replace their stale copies in <paramref name="rsList"/>.
    /// </summary>
    private async Task<(ReplicaSet? NewRs, List<ReplicaSet> OldRss)> GetAllReplicaSetsAndSyncRevisionAsync(
        Deployment d, List<ReplicaSet> rsList, bool createIfMissing, CancellationToken ct)
    {
        var oldRss = ReplicaSetLists.FindOld(d, rsList);
        var newRs = await GetNewReplicaSetAsync(d, rsList, oldRss, createIfMissing, ct).ConfigureAwait(false);
        if (newRs is not null)
        {
            var index = rsList.FindIndex(rs => rs.Metadata.Uid == newRs.Metadata.Uid);
            if (index >= 0)
                rsList[index] = newRs;
            else
                rsList.Add(newRs);
        }

        return (newRs, oldRss);
    }

    private async Task<ReplicaSet?> GetNewReplicaSetAsync(Deployment d, List<ReplicaSet> rsList,
        List<ReplicaSet> oldRss, bool createIfMissing, CancellationToken ct)
    {
        var newRevision = Revisions.Max(oldRss) + 1;
        if (ReplicaSetLists.FindNew(d, rsList) is { } existing)
            return await SyncExistingNewReplicaSetAsync(d, existing, newRevision, ct).ConfigureAwait(false);
        if (!createIfMissing)
            return null;
        return await CreateNewReplicaSetAsync(d, oldRss, newRevision, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Brings an existing new ReplicaSet's annotations and minReadySeconds up to date (which is
    /// how a rollback raises an old ReplicaSet's revision), or else the Deployment's revision and,
    /// when no Progressing condition exists yet, a FoundNewReplicaSet one.
    /// </summary>
    private async Task<ReplicaSet> SyncExistingNewReplicaSetAsync(Deployment d, ReplicaSet existing, long newRevision,
        CancellationToken ct)
    {
        var rs = Copy(existing);
        var annotationsChanged = Revisions.SetNewReplicaSetAnnotations(d, rs, newRevision, exists: true);
        if (annotationsChanged || (rs.Spec.MinReadySeconds ?? 0) != (d.Spec.MinReadySeconds ?? 0))
        {
            rs.Spec.MinReadySeconds = d.Spec.MinReadySeconds;
            return await _client.UpdateAsync(rs, ct: ct).ConfigureAwait(false);
        }

        var revision = rs.Metadata.Annotations?.GetValueOrDefault(DeploymentAnnotations.Revision) ?? "";
        var needsUpdate = Revisions.SetDeploymentRevision(d, revision);
        if (DeploymentProgress.HasProgressDeadline(d) && Get(d.Status, DeploymentConditionType.Progressing) is null)
        {
            Set(d.Status, New(DeploymentConditionType.Progressing, True, DeploymentReasons.FoundNewReplicaSet,
                $"Found new replica set \"{rs.Metadata.Name}\"", _time.GetUtcNow()));
            needsUpdate = true;
        }

        // One status write carries the revision annotation too, as upstream (the status strategy keeps annotations).
        if (needsUpdate)
            await UpdateStatusAsync(d, ct).ConfigureAwait(false);
        return rs;
    }

    /// <summary>
    /// Creates "&lt;deployment&gt;-&lt;hash&gt;" with the template, the hash added to its labels and
    /// selector, and the first step's replicas. When the name is taken by a ReplicaSet that is not
    /// this template's, collisionCount goes up so the next sync hashes to another name.
    /// </summary>
    private async Task<ReplicaSet> CreateNewReplicaSetAsync(Deployment d, List<ReplicaSet> oldRss, long newRevision,
        CancellationToken ct)
    {
        var template = Copy(d.Spec.Template);
        var hash = PodTemplateHash.Compute(template, d.Status.CollisionCount);
        template.Metadata.Labels = WithLabel(d.Spec.Template.Metadata.Labels, AppsLabelKeys.PodTemplateHash, hash);
        var selector = Copy(d.Spec.Selector ?? new LabelSelector());
        selector.MatchLabels = WithLabel(selector.MatchLabels, AppsLabelKeys.PodTemplateHash, hash);
        var newRs = new ReplicaSet
        {
            Metadata = new ObjectMeta
            {
                // A deterministic name makes creation idempotent.
                Name = d.Metadata.Name + "-" + hash,
                Namespace = d.Metadata.Namespace,
                OwnerReferences = [Owners.ControllerRef(d, ControllerApiVersion, ControllerKind)],
                Labels = new Dictionary<string, string>(template.Metadata.Labels),
            },
            Spec = new ReplicaSetSpec { Replicas = 0, MinReadySeconds = d.Spec.MinReadySeconds, Selector = selector, Template = template },
        };
        var replicas = ReplicaSetSizing.NewReplicaSetReplicas(d, [.. oldRss, newRs], newRs);
        newRs.Spec.Replicas = replicas;
        Revisions.SetNewReplicaSetAnnotations(d, newRs, newRevision, exists: false);

        ReplicaSet created;
        var alreadyExists = false;
        try
        {
            created = await _client.CreateAsync(newRs, ct: ct).ConfigureAwait(false);
        }
        catch (ApiStatusException e) when (e.IsAlreadyExists)
        {
            // A slow cache or a quick resync, or a hash collision.
            alreadyExists = true;
            var found = _replicaSets.Lister.Get(newRs.Metadata.Namespace, newRs.Metadata.Name!);
            if (found is null)
                throw;
            if (!Owners.IsControlledBy(found, d) || !PodTemplateHash.EqualIgnoreHash(d.Spec.Template, found.Spec.Template))
            {
                var previous = d.Status.CollisionCount ?? 0;
                d.Status.CollisionCount = previous + 1;
                await UpdateStatusAsync(d, ct).ConfigureAwait(false);
                LogHashCollision(_logger, d.Metadata.Namespace, d.Metadata.Name, previous, previous + 1);
                throw;
            }

            created = found;
        }
        catch (ApiStatusException e) when (!NamespaceTermination.Is(e))
        {
            var message = $"Failed to create new replica set \"{newRs.Metadata.Name}\": {e.Message}";
            if (DeploymentProgress.HasProgressDeadline(d))
            {
                Set(d.Status, New(DeploymentConditionType.Progressing, False, DeploymentReasons.FailedReplicaSetCreate, message, _time.GetUtcNow()));
                // The creation error is the one to report; a failed status write would only hide it.
                await TryUpdateStatusAsync(d, ct).ConfigureAwait(false);
            }

            _events.Event(d, EventType.Warning, DeploymentReasons.FailedReplicaSetCreate, message);
            throw;
        }

        if (!alreadyExists && replicas > 0)
        {
            _events.Event(d, EventType.Normal, DeploymentReasons.ScalingReplicaSet,
                $"Scaled up replica set {created.Metadata.Name} from 0 to {replicas.ToString(CultureInfo.InvariantCulture)}");
        }

        var needsUpdate = Revisions.SetDeploymentRevision(d, newRevision.ToString(CultureInfo.InvariantCulture));
        if (!alreadyExists && DeploymentProgress.HasProgressDeadline(d))
        {
            Set(d.Status, New(DeploymentConditionType.Progressing, True, DeploymentReasons.NewReplicaSetCreated,
                $"Created new replica set \"{created.Metadata.Name}\"", _time.GetUtcNow()));
            needsUpdate = true;
        }

        if (needsUpdate)
            await UpdateStatusAsync(d, ct).ConfigureAwait(false);
        return created;
    }

    private static Dictionary<string, string> WithLabel(Dictionary<string, string>? labels, string key, string value) =>
        new(labels ?? [], StringComparer.Ordinal) { [key] = value };
}
