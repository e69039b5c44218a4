using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Selectors;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Common;
using AppsV1 = Dotkube.Api.Apps.V1;

namespace Dotkube.Controllers.Deployments;

public sealed partial class DeploymentController
{
    /// <summary>
    /// The ReplicaSets this Deployment manages, reconciling controller references on the way as
    /// upstream's ReplicaSetControllerRefManager: it keeps its own ReplicaSets that still match
    /// its selector, releases those that no longer do, and adopts matching orphans (after checking
    /// with a fresh read that it is not being deleted). ReplicaSets of other controllers are left alone.
    /// </summary>
    private async Task<List<AppsV1.ReplicaSet>> ClaimReplicaSetsAsync(AppsV1.Deployment d, Selector selector, CancellationToken ct)
    {
        var claimed = new List<AppsV1.ReplicaSet>();
        var errors = new List<Exception>();
        var adoptionChecked = false;
        var deleting = d.Metadata.DeletionTimestamp is not null;
        foreach (var rs in _replicaSets.Lister.List(d.Metadata.Namespace))
        {
            try
            {
                var owner = Owners.ControllerOf(rs);
                if (owner is not null)
                {
                    if (owner.Uid != d.Metadata.Uid)
                        continue;
                    if (selector.Matches(rs.Metadata.Labels))
                        claimed.Add(rs);
                    else if (!deleting)
                        await ReleaseAsync(d, rs, ct).ConfigureAwait(false);
                    continue;
                }

                if (deleting || !selector.Matches(rs.Metadata.Labels) || rs.Metadata.DeletionTimestamp is not null)
                    continue;
                if (!adoptionChecked)
                {
                    await EnsureNotBeingDeletedAsync(d, ct).ConfigureAwait(false);
                    adoptionChecked = true;
                }

                if (await AdoptAsync(d, rs, ct).ConfigureAwait(false) is { } adopted)
                    claimed.Add(adopted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                errors.Add(e);
            }
        }

        return errors.Count switch
        {
            0 => claimed,
            1 => throw errors[0],
            _ => throw new AggregateException(errors),
        };
    }

    /// <summary>Adoption must not race a deletion of the Deployment: the cache may not show it yet (upstream issue 42639).</summary>
    private async Task EnsureNotBeingDeletedAsync(AppsV1.Deployment d, CancellationToken ct)
    {
        var fresh = await _client.GetAsync<AppsV1.Deployment>(d.Metadata.Namespace, d.Metadata.Name!, ct).ConfigureAwait(false);
        if (fresh.Metadata.Uid != d.Metadata.Uid)
            throw new InvalidOperationException(
                $"original Deployment {d.Metadata.Namespace}/{d.Metadata.Name} is gone: got uid {fresh.Metadata.Uid}, wanted {d.Metadata.Uid}");
        if (fresh.Metadata.DeletionTimestamp is { } deleted)
            throw new InvalidOperationException($"{d.Metadata.Namespace}/{d.Metadata.Name} has just been deleted at {deleted:O}");
    }

    /// <summary>Adds this Deployment as controller; null when the ReplicaSet is gone.</summary>
    private async Task<AppsV1.ReplicaSet?> AdoptAsync(AppsV1.Deployment d, AppsV1.ReplicaSet rs, CancellationToken ct)
    {
        var reference = Owners.ControllerRef(d, ControllerApiVersion, ControllerKind);
        var patch = OwnerPatch(rs, new JsonObject
        {
            ["apiVersion"] = reference.ApiVersion,
            ["kind"] = reference.Kind,
            ["name"] = reference.Name,
            ["uid"] = reference.Uid,
            ["controller"] = true,
            ["blockOwnerDeletion"] = true,
        });
        try
        {
            var adopted = await _client.PatchAsync<AppsV1.ReplicaSet>(rs.Metadata.Namespace, rs.Metadata.Name!, PatchType.StrategicMerge, patch, ct: ct)
                .ConfigureAwait(false);
            LogAdopted(_logger, rs.Metadata.Namespace, rs.Metadata.Name, d.Metadata.Name);
            return adopted;
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    /// <summary>Removes this Deployment's reference; a ReplicaSet that is gone or no longer references it is fine.</summary>
    private async Task ReleaseAsync(AppsV1.Deployment d, AppsV1.ReplicaSet rs, CancellationToken ct)
    {
        var patch = OwnerPatch(rs, new JsonObject { ["$patch"] = "delete", ["uid"] = d.Metadata.Uid });
        try
        {
            await _client.PatchAsync<AppsV1.ReplicaSet>(rs.Metadata.Namespace, rs.Metadata.Name!, PatchType.StrategicMerge, patch, ct: ct)
                .ConfigureAwait(false);
            LogReleased(_logger, rs.Metadata.Namespace, rs.Metadata.Name, d.Metadata.Name);
        }
        catch (ApiStatusException e) when (e.IsNotFound || e.IsInvalid)
        {
        }
    }

    /// <summary>A strategic merge patch of one owner reference, pinned to the ReplicaSet's uid so it cannot hit a successor of the same name.</summary>
    private static string OwnerPatch(AppsV1.ReplicaSet rs, JsonObject ownerReference) =>
        new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["ownerReferences"] = new JsonArray(ownerReference),
                ["uid"] = rs.Metadata.Uid,
            },
        }.ToJsonString();

    /// <summary>
    /// The pods of each of <paramref name="rsList"/> (by UID) that the Deployment's selector
    /// matches, whatever their phase: a Recreate rollout waits until none of the old ones runs.
    /// </summary>
    private Dictionary<string, List<Pod>> PodsByReplicaSet(AppsV1.Deployment d, Selector selector, IEnumerable<AppsV1.ReplicaSet> rsList)
    {
        var map = new Dictionary<string, List<Pod>>(StringComparer.Ordinal);
        foreach (var rs in rsList)
        {
            var uid = rs.Metadata.Uid ?? "";
            map[uid] = [.. _pods.Indexer.ByIndex(Indexers.OwnerUid, uid).Where(pod =>
                pod.Metadata.Namespace == d.Metadata.Namespace && Owners.ControllerOf(pod)?.Uid == uid && selector.Matches(pod.Metadata.Labels))];
        }

        return map;
    }
}
