using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Validation.Core;

public sealed partial class PodValidator
{
    // Upstream's updatablePodSpecFields, joined with "," into the Forbidden message.
    private const string UpdatableFields =
        "`spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`," +
        "`spec.tolerations` (only additions to existing tolerations)," +
        "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

    private static void ValidateSpecUpdate(PodSpec spec, PodSpec old, List<FieldError> errors)
    {
        if (spec.Containers.Count != old.Containers.Count)
        {
            errors.Add(FieldError.Forbidden(Spec.Child("containers"), "pod updates may not add or remove containers"));
            return;
        }

        if ((spec.InitContainers?.Count ?? 0) != (old.InitContainers?.Count ?? 0))
        {
            errors.Add(FieldError.Forbidden(Spec.Child("initContainers"), "pod updates may not add or remove containers"));
            return;
        }

        if (!ValidateActiveDeadline(spec.ActiveDeadlineSeconds, old.ActiveDeadlineSeconds, errors))
        {
            return;
        }

        ValidateOnlyAddedTolerations(spec.Tolerations ?? [], old.Tolerations ?? [], errors);
        ValidateOnlyDeletedSchedulingGates(spec.SchedulingGates ?? [], old.SchedulingGates ?? [], errors);

        // Everything but the updatable fields must be unchanged: copy those from the new spec
        // onto a clone of the old one and compare.
        var munged = ApiValues.Clone(old);
        for (var i = 0; i < munged.Containers.Count; i++)
        {
            munged.Containers[i].Image = spec.Containers[i].Image;
        }

        for (var i = 0; i < (munged.InitContainers?.Count ?? 0); i++)
        {
            munged.InitContainers![i].Image = spec.InitContainers![i].Image;
        }

        munged.ActiveDeadlineSeconds = spec.ActiveDeadlineSeconds;
        munged.Tolerations = spec.Tolerations;
        munged.SchedulingGates = spec.SchedulingGates;

        // A negative grace period (accepted on old pods) may be raised to 1.
        if (old.TerminationGracePeriodSeconds < 0 && spec.TerminationGracePeriodSeconds == 1)
        {
            munged.TerminationGracePeriodSeconds = 1;
        }

        var diff = Diff(munged, spec);
        if (diff.Length > 0)
        {
            errors.Add(FieldError.Forbidden(Spec, $"pod updates may not change fields other than {UpdatableFields}\n{diff}"));
        }
    }

    private static bool ValidateActiveDeadline(long? value, long? old, List<FieldError> errors)
    {
        var path = Spec.Child("activeDeadlineSeconds");
        if (value is { } seconds)
        {
            if (seconds is < 0 or > int.MaxValue)
            {
                errors.Add(FieldError.Invalid(path, seconds, Naming.NameValidation.InclusiveRangeError(0, int.MaxValue)));
                return false;
            }

            if (old is { } previous && previous < seconds)
            {
                errors.Add(FieldError.Invalid(path, seconds, "must be less than or equal to previous value"));
                return false;
            }
        }
        else if (old is not null)
        {
            errors.Add(FieldError.Invalid(path, null, "must not update from a positive integer to nil value"));
        }

        return true;
    }

    /// <summary>Upstream validateOnlyAddedTolerations: old tolerations stay, except their tolerationSeconds.</summary>
    private static void ValidateOnlyAddedTolerations(List<Toleration> tolerations, List<Toleration> old, List<FieldError> errors)
    {
        foreach (var previous in old)
        {
            if (!tolerations.Any(t => t.Key == previous.Key && t.Operator == previous.Operator && t.Value == previous.Value && t.Effect == previous.Effect))
            {
                errors.Add(FieldError.Forbidden(Spec.Child("tolerations"), "existing toleration can not be modified except its tolerationSeconds"));
                return;
            }
        }
    }

    /// <summary>Upstream validateOnlyDeletedSchedulingGates: gates may be removed, never added.</summary>
    private static void ValidateOnlyDeletedSchedulingGates(List<PodSchedulingGate> gates, List<PodSchedulingGate> old, List<FieldError> errors)
    {
        var previous = old.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < gates.Count; i++)
        {
            if (!previous.Contains(gates[i].Name))
            {
                errors.Add(FieldError.Forbidden(Spec.Child("schedulingGates").Index(i).Child("name"),
                    $"only deletion is allowed, but found new scheduling gate '{gates[i].Name}'"));
            }
        }
    }


    /// <summary>
    /// The changed top-level spec fields. Upstream appends a go-cmp diff of the internal type,
    /// which cannot be reproduced; this lists the same changes in JSON form instead.
    /// </summary>
    private static string Diff(PodSpec old, PodSpec spec)
    {
        var before = JsonNode.Parse(KubeJson.Serialize(old))!.AsObject();
        var after = JsonNode.Parse(KubeJson.Serialize(spec))!.AsObject();
        var lines = new List<string>();
        foreach (var key in before.Select(p => p.Key).Union(after.Select(p => p.Key)))
        {
            var was = before[key]?.ToJsonString();
            var now = after[key]?.ToJsonString();
            if (was != now)
            {
                lines.Add($"  - {key}: {was ?? "null"}");
                lines.Add($"  + {key}: {now ?? "null"}");
            }
        }

        return string.Join('\n', lines);
    }
}
