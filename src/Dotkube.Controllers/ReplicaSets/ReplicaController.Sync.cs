using System.Runtime.ExceptionServices;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Selectors;
using Dotkube.Client.Informers;
using Dotkube.Client.Runtime;
using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.ReplicaSets;

/// <summary>One sync of one owner, as upstream's syncReplicaSet.</summary>
public abstract partial class ReplicaController<TOwner>
{
    public async Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct)
    {
        var (ns, name) = ObjectKeys.Split(key);
        var owner = _owners.Lister.Get(ns, name);
        if (owner is null)
        {
            Expectations.Delete(key);
            return ReconcileResult.Success;
        }

        // Read before listing pods: an expectation met after this point only delays action to the next sync.
        var mayAct = Expectations.Satisfied(key);
        var spec = _kind.SpecOf(owner);
        if (spec.Selector is null)
        {
            // Retrying cannot fix the selector; the owner is synced again when it changes.
            ReplicaControllerLog.InvalidSelector(_logger, _kind.Kind, key, spec.SelectorError);
            return ReconcileResult.Success;
        }

        // All active pods of the namespace, not just matching ones: owned pods whose labels no longer match must be released.
        var active = _pods.Lister.List(ns).Where(PodState.IsActive).ToList();
        var owned = await ClaimPodsAsync(owner, spec.Selector, active, ct).ConfigureAwait(false);

        Exception? manageError = null;
        if (mayAct && owner.Metadata.DeletionTimestamp is null)
            manageError = await ManageReplicasAsync(key, owner, spec, owned, ct).ConfigureAwait(false);

        var now = _context.Time.GetUtcNow();
        await UpdateStatusAsync(owner, spec, owned, manageError, now, ct).ConfigureAwait(false);
        if (manageError is not null)
            ExceptionDispatchInfo.Throw(manageError);
        return NextSync(key, spec, owned, now);
    }

    /// <summary>Adopts matching orphans and releases owned pods that stopped matching; returns the pods the owner now controls.</summary>
    private Task<List<Pod>> ClaimPodsAsync(TOwner owner, Selector selector, List<Pod> pods, CancellationToken ct)
    {
        var canAdopt = ControllerRefManager<Pod>.RecheckOwner(_context.Client, owner, _kind.Kind);
        var manager = new ControllerRefManager<Pod>(_context.Client, owner, _kind.ApiVersion, _kind.Kind, selector, canAdopt);
        return manager.ClaimAsync(pods, null, ct);
    }

    /// <summary>
    /// When to sync again without an event: when unmet expectations expire (upstream relies on a
    /// periodic resync for this), and when the first ready pod becomes available after
    /// minReadySeconds, since no pod event marks that moment.
    /// </summary>
    private ReconcileResult NextSync(string key, ReplicaSpec spec, List<Pod> owned, DateTimeOffset now)
    {
        var next = Expectations.Satisfied(key) ? null : Expectations.UntilExpiry(key);
        if (spec.MinReadySeconds > 0)
        {
            foreach (var pod in owned)
            {
                if (!PodState.IsReady(pod) || PodState.IsAvailable(pod, spec.MinReadySeconds, now))
                    continue;
                // Available only once strictly past lastTransitionTime + minReadySeconds, hence the tick.
                var availableIn = PodState.ReadyCondition(pod)!.LastTransitionTime.AddSeconds(spec.MinReadySeconds) - now + TimeSpan.FromTicks(1);
                if (availableIn > TimeSpan.Zero && (next is null || availableIn < next))
                    next = availableIn;
            }
        }

        return next is { } delay ? ReconcileResult.After(delay) : ReconcileResult.Success;
    }
}
