using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Policy.V1;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Registry;

namespace Dotkube.ApiServer.Http;

/// <summary>The PodDisruptionBudget side of pods/eviction (upstream's checkAndDecrement and its errors).</summary>
public sealed partial class ResourceHandler
{
    /// <summary>
    /// Upstream's MaxDisruptedPodSize: past this many evictions the controller has not yet
    /// confirmed, the budget refuses more.
    /// </summary>
    private const int MaxDisruptedPods = 2000;

    private const string EvictionRefused = "Cannot evict pod as it would violate the pod's disruption budget.";

    private async Task<List<PodDisruptionBudget>> BudgetsSelectingAsync(Pod pod, CancellationToken ct)
    {
        var store = _registry.For<PodDisruptionBudget>();
        var (items, _) = await store.RangeAsync(ResourceKeys.ListPrefix(store.Resource, pod.Metadata.Namespace ?? ""), 0, 0, null, ct);
        return [.. items.Cast<PodDisruptionBudget>().Where(pdb => DisruptionBudgetRules.Selects(pdb, pod))];
    }

    /// <summary>
    /// The unhealthyPodEvictionPolicy: AlwaysAllow lets any unready pod go; IfHealthyBudget (the
    /// default) only while the budget has its desired healthy pods.
    /// </summary>
    private static bool UnhealthyPodMayGo(PodDisruptionBudget pdb) =>
        pdb.Spec.UnhealthyPodEvictionPolicy == UnhealthyPodEvictionPolicyType.AlwaysAllow
        || (pdb.Status.CurrentHealthy >= pdb.Status.DesiredHealthy && pdb.Status.DesiredHealthy > 0);

    /// <summary>
    /// Takes one disruption from the budget: an optimistic-concurrency status write, re-read and
    /// re-checked on conflict (upstream's RetryOnConflict over checkAndDecrement). A dry run
    /// checks but writes nothing.
    /// </summary>
    private async Task TakeDisruptionAsync(PodDisruptionBudget budget, string podName, bool dryRun, CancellationToken ct)
    {
        var store = _registry.For<PodDisruptionBudget>();
        var name = budget.Metadata.Name!;
        var ns = budget.Metadata.Namespace ?? "";
        for (var attempt = 1; attempt <= EvictionRetries; attempt++)
        {
            if (attempt > 1)
            {
                budget = (PodDisruptionBudget)await store.GetRequiredAsync(ns, name, ct);
            }

            CheckBudget(budget);
            if (dryRun)
            {
                return;
            }

            var updated = (PodDisruptionBudget)StoredObject.Clone(store.Resource, budget);
            updated.Status.DisruptionsAllowed--;
            if (updated.Status.DisruptionsAllowed == 0)
            {
                DisruptionBudgetRules.UpdateDisruptionAllowedCondition(updated, Now);
            }

            // Tells the controller the pod is about to go, so it stops counting it as healthy
            // (until it is deleted, or DeletionTimeout passes without that).
            updated.Status.DisruptedPods ??= [];
            updated.Status.DisruptedPods[podName] = ObjectStrategy.TruncateToSeconds(Now);
            try
            {
                await store.UpdateAsync(updated, ResourceStore.ParseRevision(budget.Metadata.ResourceVersion), ct);
                return;
            }
            catch (ApiException e) when (e.Reason == "Conflict")
            {
            }
        }

        throw ApiErrors.Timeout($"couldn't update PodDisruptionBudget \"{name}\" due to conflicts", 10);
    }

    /// <summary>Upstream's checks, in its order: a budget the controller has not seen yet, a negative or overfull one, none left.</summary>
    private static void CheckBudget(PodDisruptionBudget pdb)
    {
        var name = pdb.Metadata.Name!;
        if ((pdb.Status.ObservedGeneration ?? 0) < (pdb.Metadata.Generation ?? 0))
        {
            throw BudgetStillProcessing(name);
        }

        if (pdb.Status.DisruptionsAllowed < 0)
        {
            throw ApiErrors.Forbidden("policy", "poddisruptionbudget", name, "pdb disruptions allowed is negative");
        }

        if ((pdb.Status.DisruptedPods?.Count ?? 0) > MaxDisruptedPods)
        {
            throw ApiErrors.Forbidden("policy", "poddisruptionbudget", name,
                "DisruptedPods map too big - too many evictions not confirmed by PDB controller");
        }

        if (pdb.Status.DisruptionsAllowed == 0)
        {
            throw Refused(null,
                $"The disruption budget {name} needs {pdb.Status.DesiredHealthy} healthy pods and has {pdb.Status.CurrentHealthy} currently");
        }
    }

    /// <summary>429 asking to retry in 10 s: the budget's status does not reflect its spec (or the pod) yet.</summary>
    private static ApiException BudgetStillProcessing(string name) =>
        Refused(10, $"The disruption budget {name} is still being processed by the server.");

    private static ApiException Refused(int? retryAfterSeconds, string cause) => new(new Status
    {
        Kind = "Status",
        ApiVersion = "v1",
        Outcome = "Failure",
        Message = EvictionRefused,
        Reason = "TooManyRequests",
        Details = new StatusDetails
        {
            RetryAfterSeconds = retryAfterSeconds,
            Causes = [new StatusCause { Type = DisruptionBudgetConditions.DisruptionBudgetCause, Message = cause }],
        },
        Code = 429,
    });
}
