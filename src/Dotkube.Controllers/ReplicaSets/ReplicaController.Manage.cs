using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.ReplicaSets;

/// <summary>Creating missing and deleting surplus pods, as upstream's manageReplicas.</summary>
public abstract partial class ReplicaController<TOwner>
{
    /// <summary>Acts on the difference between owned pods and spec.replicas; returns the first failure instead of throwing, so status is still written.</summary>
    private async Task<Exception?> ManageReplicasAsync(string key, TOwner owner, ReplicaSpec spec, List<Pod> owned, CancellationToken ct)
    {
        var diff = owned.Count - spec.Replicas;
        if (diff < 0)
            return await CreatePodsAsync(key, owner, spec, Math.Min(-diff, BurstReplicas), ct).ConfigureAwait(false);
        if (diff > 0)
            return await DeletePodsAsync(key, owner, owned, Math.Min(diff, BurstReplicas), ct).ConfigureAwait(false);
        return null;
    }

    private async Task<Exception?> CreatePodsAsync(string key, TOwner owner, ReplicaSpec spec, int count, CancellationToken ct)
    {
        // Expect before creating: the informer may report a new pod before its create call returns.
        Expectations.ExpectCreations(key, count);
        ReplicaControllerLog.TooFewReplicas(_logger, _kind.Kind, key, spec.Replicas, count);
        var controllerRef = Owners.ControllerRef(owner, _kind.ApiVersion, _kind.Kind);
        var (created, error) = await SlowStart.RunAsync(count, () => CreatePodAsync(owner, spec.Template, controllerRef, ct)).ConfigureAwait(false);

        // Pods never created (a batch failed, later ones never ran) will never be observed.
        var skipped = count - created;
        if (skipped > 0)
        {
            ReplicaControllerLog.SlowStartStopped(_logger, _kind.Kind, key, skipped);
            Expectations.LowerCreations(key, skipped);
        }

        return error;
    }

    private async Task CreatePodAsync(TOwner owner, PodTemplateSpec template, OwnerReference controllerRef, CancellationToken ct)
    {
        try
        {
            await _podControl.CreatePodAsync(template, owner, controllerRef, ct).ConfigureAwait(false);
        }
        catch (ApiStatusException e) when (NamespaceTermination.Is(e))
        {
            // Every create in a terminating namespace fails; that is no failure of this owner.
        }
    }

    private async Task<Exception?> DeletePodsAsync(string key, TOwner owner, List<Pod> owned, int count, CancellationToken ct)
    {
        ReplicaControllerLog.TooManyReplicas(_logger, _kind.Kind, key, owned.Count, count);
        var victims = SurplusPods.Choose(owned, RelatedPods(owner), count, _context.Time.GetUtcNow());

        // Expect these very pods, so their graceful-deletion update and their delete count once.
        Expectations.ExpectDeletions(key, victims.Select(PodKey));
        var failures = await Task.WhenAll(victims.Select(async pod =>
        {
            try
            {
                await _podControl.DeletePodAsync(pod.Metadata.Namespace!, pod.Metadata.Name!, owner, ct).ConfigureAwait(false);
                return null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The informer will not report a deletion that did not happen.
                Expectations.DeletionObserved(key, PodKey(pod));
                return e is ApiStatusException { IsNotFound: true } ? null : e;
            }
        })).ConfigureAwait(false);
        return failures.FirstOrDefault(e => e is not null);
    }

    /// <summary>
    /// Pods of every owner that shares this owner's controller (a Deployment's other ReplicaSets),
    /// for upstream's "related pods on the same node" rank; none when this owner has no controller.
    /// </summary>
    private List<Pod> RelatedPods(TOwner owner)
    {
        if (Owners.ControllerOf(owner) is not { } controllerRef)
            return [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var related = new List<Pod>();
        foreach (var sibling in _owners.Indexer.ByIndex(Indexers.OwnerUid, controllerRef.Uid))
        {
            if (Owners.ControllerOf(sibling)?.Uid != controllerRef.Uid || _kind.SpecOf(sibling).Selector is not { } selector)
                continue;
            related.AddRange(_pods.Lister.List(sibling.Metadata.Namespace, selector).Where(pod => seen.Add(PodKey(pod))));
        }

        return related;
    }
}
