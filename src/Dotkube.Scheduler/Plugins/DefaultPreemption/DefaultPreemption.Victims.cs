using Dotkube.Api.Core.V1;
using Dotkube.Api.Policy.V1;
using Dotkube.Api.Selectors;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.DefaultPreemption;

public sealed partial class DefaultPreemption
{
    /// <summary>Upstream's status for a node without lower-priority pods.</summary>
    public const string NoVictimsFound = "No preemption victims found for incoming pod";

    /// <summary>
    /// Upstream SelectVictimsOnNode, on copies of the node and the state that it changes: remove
    /// every lower-priority pod; if the pod still does not fit, the node's status says why. Else put
    /// the removed pods back one by one, most important first (those whose eviction would violate a
    /// PDB before the others), keeping each that still lets the pod fit; the rest are the victims.
    /// </summary>
    public (IReadOnlyList<Pod> Victims, int PdbViolations, Status Status) SelectVictimsOnNode(CycleState state, Pod pod, NodeInfo node,
        IReadOnlyList<PodDisruptionBudget> pdbs)
    {
        var priority = PodImportance.Priority(pod);
        var now = _handle.Time.GetUtcNow();
        var potential = node.Pods.Where(p => PodImportance.Priority(p) < priority)
            .Order(Comparer<Pod>.Create((a, b) => PodImportance.Compare(a, b, now)))
            .ToList();
        if (potential.Count == 0)
            return ([], 0, Status.Unresolvable(NoVictimsFound));
        foreach (var victim in potential)
        {
            if (Remove(victim) is { IsSuccess: false } removeFailed)
                return ([], 0, removeFailed);
        }

        if (Preemption.RunFilterPluginsWithNominatedPods(state, pod, node) is { IsSuccess: false } doesNotFit)
            return ([], 0, doesNotFit);

        var victims = new List<Pod>();
        var violations = 0;
        var (violating, nonViolating) = SplitByPdbViolation(potential, pdbs);
        foreach (var (group, protectedByPdb) in new[] { (violating, true), (nonViolating, false) })
        {
            foreach (var candidate in group)
            {
                node.AddPod(candidate);
                if (Preemption.RunPreFilterExtensionAddPod(state, pod, candidate, node) is { IsSuccess: false } addFailed)
                    return ([], 0, addFailed);
                if (Preemption.RunFilterPluginsWithNominatedPods(state, pod, node).IsSuccess)
                    continue;
                if (Remove(candidate) is { IsSuccess: false } removeFailed)
                    return ([], 0, removeFailed);
                victims.Add(candidate);
                if (protectedByPdb)
                    violations++;
            }
        }

        // Both groups were walked in order; merged, the victims are kept most important first.
        if (violating.Count > 0 && nonViolating.Count > 0)
            victims = [.. victims.Order(Comparer<Pod>.Create((a, b) => PodImportance.Compare(a, b, now)))];
        return (victims, violations, Status.Success);

        Status Remove(Pod victim) =>
            node.RemovePod(victim)
                ? Preemption.RunPreFilterExtensionRemovePod(state, pod, victim, node)
                : Status.Error($"pod {victim.Metadata.Namespace}/{victim.Metadata.Name} is not on node {node.Name}");
    }

    /// <summary>
    /// Upstream filterPodsWithPDBViolation: walking the pods in order, each takes one disruption from
    /// every PDB in its namespace whose (non-empty) selector matches it, unless the PDB already lists
    /// it in status.disruptedPods; a pod that drives any PDB's remaining disruptions below 0 violates it.
    /// </summary>
    public static (List<Pod> Violating, List<Pod> NonViolating) SplitByPdbViolation(IReadOnlyList<Pod> pods, IReadOnlyList<PodDisruptionBudget> pdbs)
    {
        var allowed = pdbs.Select(p => p.Status.DisruptionsAllowed).ToArray();
        var selectors = pdbs.Select(p => Selector.TryFromLabelSelector(p.Spec.Selector, out var s, out _) && p.Spec.Selector is not null ? s : null)
            .ToArray();
        var violating = new List<Pod>();
        var nonViolating = new List<Pod>();
        foreach (var pod in pods)
        {
            var violated = false;
            for (var i = 0; i < pdbs.Count && pod.Metadata.Labels is { Count: > 0 }; i++)
            {
                if (pdbs[i].Metadata.Namespace != pod.Metadata.Namespace || selectors[i] is not { IsEmpty: false } selector ||
                    !selector.Matches(pod.Metadata.Labels) || pdbs[i].Status.DisruptedPods?.ContainsKey(pod.Metadata.Name!) == true)
                {
                    continue;
                }

                if (--allowed[i] < 0)
                    violated = true;
            }

            (violated ? violating : nonViolating).Add(pod);
        }

        return (violating, nonViolating);
    }
}
