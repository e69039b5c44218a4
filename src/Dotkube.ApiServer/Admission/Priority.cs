using System.Globalization;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Scheduling.V1;

namespace Dotkube.ApiServer.Admission;

/// <summary>
/// The Priority admission plugin (kube-apiserver, enabled by default). On pod create it resolves
/// spec.priorityClassName to the class's value and preemption policy (no name: the globalDefault
/// class, whose name the pod then gets, else priority 0 and PreemptLowerPriority); a class that
/// does not exist, or a priority or preemption policy the client set that differs from the
/// class's, is refused. System classes are allowed in every namespace, as upstream since v1.17
/// (limiting them is left to ResourceQuota). On update the stored priority is kept when the
/// client left it out; validation refuses any other change. On PriorityClass create or update it
/// refuses a second globalDefault class.
/// </summary>
public static class Priority
{
    /// <summary>Upstream DefaultPriorityWhenNoDefaultClassExists.</summary>
    public const int DefaultPriority = 0;

    /// <summary>Resolves the priority fields of a pod being created; the error is the reason of a 403, or null when admitted.</summary>
    public static string? AdmitCreate(Pod pod, IReadOnlyCollection<PriorityClass> classes)
    {
        ArgumentNullException.ThrowIfNull(pod);
        var spec = pod.Spec;
        int priority;
        string? policy;
        if (string.IsNullOrEmpty(spec.PriorityClassName))
        {
            var fallback = GlobalDefault(classes);
            spec.PriorityClassName = fallback?.Metadata.Name;
            (priority, policy) = fallback is null ? (DefaultPriority, PreemptionPolicy.PreemptLowerPriority) : (fallback.Value, fallback.PreemptionPolicy);
        }
        else
        {
            var named = classes.FirstOrDefault(c => c.Metadata.Name == spec.PriorityClassName);
            if (named is null)
                return $"no PriorityClass with name {spec.PriorityClassName} was found";
            (priority, policy) = (named.Value, named.PreemptionPolicy);
        }

        if (spec.Priority is { } given && given != priority)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"the integer value of priority ({given}) must not be provided in pod spec; priority admission controller computed {priority} from the given PriorityClass name");
        }

        spec.Priority = priority;
        if (policy is not null)
        {
            if (spec.PreemptionPolicy is { } asked && asked != policy)
                return $"the string value of PreemptionPolicy ({asked}) must not be provided in pod spec; priority admission controller computed {policy} from the given PriorityClass name";
            spec.PreemptionPolicy = policy;
        }

        return null;
    }

    /// <summary>Upstream keeps the priority it set on create when an update leaves it out (validation refuses other changes).</summary>
    public static void AdmitUpdate(Pod pod, Pod old)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(old);
        pod.Spec.Priority ??= old.Spec.Priority;
    }

    /// <summary>Only one class may be the global default; the error is the reason of a 403, or null when admitted.</summary>
    public static string? AdmitClass(PriorityClass priorityClass, bool creating, IReadOnlyCollection<PriorityClass> classes)
    {
        ArgumentNullException.ThrowIfNull(priorityClass);
        if (priorityClass.GlobalDefault != true)
            return null;
        var existing = GlobalDefault(classes);
        return existing is not null && (creating || existing.Metadata.Name != priorityClass.Metadata.Name)
            ? $"PriorityClass {existing.Metadata.Name} is already marked as default. Only one default can exist"
            : null;
    }

    /// <summary>Should a race leave several global defaults, the lowest value wins, as upstream.</summary>
    private static PriorityClass? GlobalDefault(IReadOnlyCollection<PriorityClass> classes) =>
        classes.Where(c => c.GlobalDefault == true).OrderBy(c => c.Value).FirstOrDefault();
}
