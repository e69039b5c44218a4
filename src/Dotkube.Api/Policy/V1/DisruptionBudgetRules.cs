using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Selectors;

namespace Dotkube.Api.Policy.V1;

/// <summary>
/// The PodDisruptionBudget rules the disruption controller and the eviction subresource share
/// (upstream's component-helpers/apps/poddisruptionbudget and the PDB lister expansion).
/// </summary>
public static class DisruptionBudgetRules
{
    /// <summary>
    /// As policy/v1: a null selector selects nothing, an empty one every pod of the namespace
    /// (kubernetes#119732 made eviction agree); an invalid selector selects nothing.
    /// </summary>
    public static bool Selects(PodDisruptionBudget pdb, Pod pod) =>
        pdb.Metadata.Namespace == pod.Metadata.Namespace
        && Selector.TryFromLabelSelector(pdb.Spec.Selector, out var selector, out _)
        && selector.Matches(pod.Metadata.Labels);

    /// <summary>
    /// Upstream's UpdateDisruptionAllowedCondition: True/SufficientPods while disruptions are
    /// allowed, False/InsufficientPods otherwise, at the status' observedGeneration.
    /// </summary>
    public static void UpdateDisruptionAllowedCondition(PodDisruptionBudget pdb, DateTimeOffset now)
    {
        var allowed = pdb.Status.DisruptionsAllowed > 0;
        SetCondition(pdb.Status, new Condition
        {
            Type = DisruptionBudgetConditions.DisruptionAllowed,
            Status = allowed ? "True" : "False",
            Reason = allowed ? DisruptionBudgetConditions.SufficientPodsReason : DisruptionBudgetConditions.InsufficientPodsReason,
            ObservedGeneration = pdb.Status.ObservedGeneration,
        }, now);
    }

    /// <summary>Upstream's ConditionsAreUpToDate: the condition agrees with disruptionsAllowed at the current generation.</summary>
    public static bool ConditionsAreUpToDate(PodDisruptionBudget pdb)
    {
        var condition = pdb.Status.Conditions?.FirstOrDefault(c => c.Type == DisruptionBudgetConditions.DisruptionAllowed);
        if (condition is null || pdb.Status.ObservedGeneration != pdb.Metadata.Generation)
        {
            return false;
        }

        return pdb.Status.DisruptionsAllowed > 0
            ? condition is { Status: "True", Reason: DisruptionBudgetConditions.SufficientPodsReason }
            : condition is { Status: "False", Reason: DisruptionBudgetConditions.InsufficientPodsReason };
    }

    /// <summary>
    /// apimeta.SetStatusCondition: adds the condition, or updates it in place; lastTransitionTime
    /// moves only when the status changes.
    /// </summary>
    public static void SetCondition(PodDisruptionBudgetStatus status, Condition condition, DateTimeOffset now)
    {
        status.Conditions ??= [];
        var existing = status.Conditions.FirstOrDefault(c => c.Type == condition.Type);
        if (existing is null)
        {
            if (condition.LastTransitionTime == default)
            {
                condition.LastTransitionTime = TruncateToSeconds(now);
            }

            status.Conditions.Add(condition);
            return;
        }

        if (existing.Status != condition.Status)
        {
            existing.Status = condition.Status;
            existing.LastTransitionTime = condition.LastTransitionTime == default ? TruncateToSeconds(now) : condition.LastTransitionTime;
        }

        existing.Reason = condition.Reason;
        existing.Message = condition.Message;
        existing.ObservedGeneration = condition.ObservedGeneration;
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, time.Offset);
}
