using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Selectors;
using Dotkube.Client.Informers;
using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.Deployments;

public sealed partial class DeploymentController
{
    /// <summary>
    /// The ReplicaSets this Deployment manages, reconciling controller references on the way as
    /// upstream's ReplicaSetControllerRefManager: it keeps its own ReplicaSets that still match
    /// its selector, releases those that no longer do, and adopts matching orphans (after checking
    /// with a fresh read that it is not being deleted). ReplicaSets of other controllers are left alone.
    /// </summary>
    private Task<List<ReplicaSet>> ClaimReplicaSetsAsync(Deployment d, Selector selector, CancellationToken ct)
    {
        var manager = new ControllerRefManager<ReplicaSet>(_client, d, ControllerApiVersion, ControllerKind, selector,
            ControllerRefManager<ReplicaSet>.RecheckOwner(_client, d, ControllerKind));
        return manager.ClaimAsync(_replicaSets.Lister.List(d.Metadata.Namespace), null, ct);
    }

    /// <summary>
    /// The pods of each of <paramref name="rsList"/> (by UID) that the Deployment's selector
    /// matches, whatever their phase: a Recreate rollout waits until none of the old ones runs.
    /// </summary>
    private Dictionary<string, List<Pod>> PodsByReplicaSet(Deployment d, Selector selector, IEnumerable<ReplicaSet> rsList)
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
