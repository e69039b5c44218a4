using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

public static partial class SchedulingValidation
{
    private static void ValidateNodeSelectorTerm(NodeSelectorTerm term, FieldPath path, bool checkValues, List<FieldError> errors)
    {
        for (var j = 0; j < (term.MatchExpressions?.Count ?? 0); j++)
        {
            ValidateNodeSelectorRequirement(term.MatchExpressions![j], path.Child("matchExpressions").Index(j), checkValues, errors);
        }

        for (var j = 0; j < (term.MatchFields?.Count ?? 0); j++)
        {
            ValidateNodeFieldRequirement(term.MatchFields![j], path.Child("matchFields").Index(j), errors);
        }
    }

    /// <summary>Upstream ValidateNodeSelectorRequirement: In/NotIn need values, Gt/Lt exactly one.</summary>
    private static void ValidateNodeSelectorRequirement(NodeSelectorRequirement requirement, FieldPath path, bool checkValues, List<FieldError> errors)
    {
        var count = requirement.Values?.Count ?? 0;
        switch (requirement.Operator)
        {
            case "In" or "NotIn":
                if (count == 0)
                {
                    errors.Add(FieldError.Required(path.Child("values"), "must be specified when `operator` is 'In' or 'NotIn'"));
                }

                break;
            case "Exists" or "DoesNotExist":
                if (count > 0)
                {
                    errors.Add(FieldError.Forbidden(path.Child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                }

                break;
            case "Gt" or "Lt":
                if (count != 1)
                {
                    errors.Add(FieldError.Required(path.Child("values"), "must be specified single value when `operator` is 'Lt' or 'Gt'"));
                }

                break;
            default:
                errors.Add(FieldError.Invalid(path.Child("operator"), requirement.Operator, "not a valid selector operator"));
                break;
        }

        QualifiedName(requirement.Key, path.Child("key"), errors);
        if (!checkValues)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            foreach (var message in NameValidation.IsValidLabelValue(requirement.Values![i]))
            {
                errors.Add(FieldError.Invalid(path.Child("values").Index(i), requirement.Values[i], message));
            }
        }
    }

    /// <summary>Upstream ValidateNodeFieldSelectorRequirement: only metadata.name, with one value.</summary>
    private static void ValidateNodeFieldRequirement(NodeSelectorRequirement requirement, FieldPath path, List<FieldError> errors)
    {
        if (requirement.Operator is "In" or "NotIn")
        {
            if (requirement.Values?.Count != 1)
            {
                errors.Add(FieldError.Required(path.Child("values"), "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
            }
        }
        else
        {
            errors.Add(FieldError.Invalid(path.Child("operator"), requirement.Operator, "not a valid selector operator"));
        }

        if (requirement.Key != "metadata.name")
        {
            errors.Add(FieldError.Invalid(path.Child("key"), requirement.Key, "not a valid field selector key"));
            return;
        }

        for (var i = 0; i < (requirement.Values?.Count ?? 0); i++)
        {
            foreach (var message in NameValidation.IsDNS1123Subdomain(requirement.Values![i]))
            {
                errors.Add(FieldError.Invalid(path.Child("values").Index(i), requirement.Values[i], message));
            }
        }
    }

    private static void ValidatePodAffinityTerms(
        List<PodAffinityTerm>? required, List<WeightedPodAffinityTerm>? preferred, FieldPath path, List<FieldError> errors)
    {
        for (var i = 0; i < (required?.Count ?? 0); i++)
        {
            ValidatePodAffinityTerm(required![i], path.Child("requiredDuringSchedulingIgnoredDuringExecution").Index(i), errors);
        }

        for (var i = 0; i < (preferred?.Count ?? 0); i++)
        {
            var at = path.Child("preferredDuringSchedulingIgnoredDuringExecution").Index(i);
            Weight(preferred![i].Weight, at.Child("weight"), errors);
            ValidatePodAffinityTerm(preferred[i].PodAffinityTerm, at.Child("podAffinityTerm"), errors);
        }
    }

    /// <summary>Upstream validatePodAffinityTerm: selectors, namespace names, topologyKey required.</summary>
    private static void ValidatePodAffinityTerm(PodAffinityTerm term, FieldPath path, List<FieldError> errors)
    {
        LabelValidation.ValidateLabelSelector(term.LabelSelector, path.Child("labelSelector"), errors);
        LabelValidation.ValidateLabelSelector(term.NamespaceSelector, path.Child("namespaceSelector"), errors);
        foreach (var name in term.Namespaces ?? [])
        {
            // Upstream's path here is "namespace", singular.
            foreach (var message in NameValidation.IsDNS1123Label(name))
            {
                errors.Add(FieldError.Invalid(path.Child("namespace"), name, message));
            }
        }

        if (term.TopologyKey.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("topologyKey"), "can not be empty"));
        }

        QualifiedName(term.TopologyKey, path.Child("topologyKey"), errors);
    }
}
