using Dotkube.Api.Meta;
using Dotkube.Api.Policy.V1;
using Dotkube.Api.Selectors;
using Dotkube.Api.Serialization;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;

namespace Dotkube.Controllers.Disruption;

public sealed partial class DisruptionController
{
    public async Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct)
    {
        var (ns, name) = ObjectKeys.Split(key);
        if (_budgets.Lister.Get(ns, name) is not { } pdb)
            return ReconcileResult.Success;

        try
        {
            return await TrySyncAsync(pdb, ct).ConfigureAwait(false);
        }
        catch (ApiStatusException e) when (e.IsConflict)
        {
            // As upstream: a conflict is retried without failing safe; the newer object is queued anyway.
            throw;
        }
        catch (Exception e) when (e is ApiStatusException or InvalidOperationException or FormatException)
        {
            LogSyncFailed(_logger, e, ns!, name);
            await FailSafeAsync(pdb, e.Message, ct).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<ReconcileResult> TrySyncAsync(PodDisruptionBudget pdb, CancellationToken ct)
    {
        if (!Selector.TryFromLabelSelector(pdb.Spec.Selector, out var selector, out var selectorError))
        {
            _events.Event(pdb, "Warning", "NoPods", $"Failed to get pods: {selectorError}");
            throw new FormatException(selectorError);
        }

        var pods = _pods.Lister.List(pdb.Metadata.Namespace, selector);
        if (pods.Count == 0)
            _events.Event(pdb, "Normal", "NoPods", "No matching pods found");

        ExpectedPods expected;
        try
        {
            expected = ExpectedPods.Compute(pdb, pods, _scales.Find);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            _events.Event(pdb, "Warning", "CalculateExpectedPodCountFailed", $"Failed to calculate the number of expected pods: {e.Message}");
            throw;
        }

        if (expected.UnmanagedPods.Count > 0)
            ReportUnmanaged(pdb);

        var now = _context.Time.GetUtcNow();
        var (disrupted, recheckAt, overdue) = DisruptedPods.Prune(pods, pdb.Status.DisruptedPods, now);
        foreach (var pod in overdue)
        {
            LogNotDeleted(_logger, pod.Metadata.Namespace!, pod.Metadata.Name!, pdb.Metadata.Name!);
            _events.Event(pod, "Warning", "NotDeleted",
                $"Pod was expected by PDB {pdb.Metadata.Namespace}/{pdb.Metadata.Name} to be deleted but it wasn't");
        }

        var healthy = DisruptedPods.CountHealthy(pods, disrupted, now);
        await UpdateStatusAsync(pdb, healthy, expected, disrupted, ct).ConfigureAwait(false);
        return recheckAt is { } at ? ReconcileResult.After(at - now) : ReconcileResult.Success;
    }

    private void ReportUnmanaged(PodDisruptionBudget pdb) =>
        _events.Event(pdb, "Warning", "UnmanagedPods",
            $"Pods selected by this PodDisruptionBudget (selector: {SelectorText(pdb.Spec.Selector)}) were found to be unmanaged. " +
            "As a result, the status of the PDB cannot be calculated correctly, which may result in undefined behavior. " +
            "To account for these pods please set \".spec.minAvailable\" field of the PDB to an integer value.");

    private static string SelectorText(LabelSelector? selector) =>
        selector is null ? "nil" : Selector.TryFromLabelSelector(selector, out var parsed, out _) ? parsed.ToString() : "invalid";

    /// <summary>Upstream's updatePdbStatus: nothing is written when the status and its condition already agree.</summary>
    private async Task UpdateStatusAsync(PodDisruptionBudget pdb, int healthy, ExpectedPods expected,
        Dictionary<string, DateTimeOffset> disrupted, CancellationToken ct)
    {
        var allowed = DisruptedPods.DisruptionsAllowed(healthy, expected.DesiredHealthy, expected.Expected);
        var status = pdb.Status;
        if (status.CurrentHealthy == healthy && status.DesiredHealthy == expected.DesiredHealthy && status.ExpectedPods == expected.Expected
            && status.DisruptionsAllowed == allowed && SameDisruptedPods(status.DisruptedPods, disrupted)
            && status.ObservedGeneration == pdb.Metadata.Generation && DisruptionBudgetRules.ConditionsAreUpToDate(pdb))
            return;

        var updated = Copy(pdb);
        updated.Status = new PodDisruptionBudgetStatus
        {
            CurrentHealthy = healthy,
            DesiredHealthy = expected.DesiredHealthy,
            ExpectedPods = expected.Expected,
            DisruptionsAllowed = allowed,
            DisruptedPods = disrupted.Count == 0 ? null : disrupted,
            ObservedGeneration = pdb.Metadata.Generation,
            Conditions = updated.Status.Conditions,
        };
        DisruptionBudgetRules.UpdateDisruptionAllowedCondition(updated, _context.Time.GetUtcNow());
        await _context.Client.UpdateStatusAsync(updated, ct: ct).ConfigureAwait(false);
        LogSynced(_logger, pdb.Metadata.Namespace!, pdb.Metadata.Name!, healthy, expected.DesiredHealthy, allowed);
    }

    /// <summary>
    /// Upstream's failSafe: whatever else failed, at least stop evictions (disruptionsAllowed 0,
    /// DisruptionAllowed False with reason SyncFailed and the error as message).
    /// </summary>
    private async Task FailSafeAsync(PodDisruptionBudget pdb, string error, CancellationToken ct)
    {
        var updated = Copy(pdb);
        updated.Status.DisruptionsAllowed = 0;
        DisruptionBudgetRules.SetCondition(updated.Status, new Condition
        {
            Type = DisruptionBudgetConditions.DisruptionAllowed,
            Status = "False",
            Reason = DisruptionBudgetConditions.SyncFailedReason,
            Message = error,
            ObservedGeneration = updated.Status.ObservedGeneration,
        }, _context.Time.GetUtcNow());
        await _context.Client.UpdateStatusAsync(updated, ct: ct).ConfigureAwait(false);
    }

    /// <summary>Semantic equality as upstream: a missing map and an empty one are the same; times compare to the second.</summary>
    private static bool SameDisruptedPods(Dictionary<string, DateTimeOffset>? current, Dictionary<string, DateTimeOffset> wanted) =>
        (current?.Count ?? 0) == wanted.Count
        && wanted.All(w => current!.TryGetValue(w.Key, out var at) && at.ToUnixTimeSeconds() == w.Value.ToUnixTimeSeconds());

    /// <summary>A deep copy to change, leaving the informer's cached object untouched.</summary>
    internal static T Copy<T>(T obj) => KubeJson.Deserialize<T>(KubeJson.Serialize(obj));
}
