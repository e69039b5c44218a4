using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Validation.Core;

public static partial class SchedulingValidation
{
    private static readonly string[] UnsatisfiableActions = ["DoNotSchedule", "ScheduleAnyway"];

    private static readonly string[] NodeInclusionPolicies = ["Honor", "Ignore"];

    /// <summary>
    /// Upstream validateTopologySpreadConstraints: maxSkew positive, topologyKey required, one
    /// constraint per {topologyKey, whenUnsatisfiable}, minDomains only with DoNotSchedule.
    /// </summary>
    public static void ValidateTopologySpreadConstraints(List<TopologySpreadConstraint>? constraints, FieldPath path, List<FieldError> errors)
    {
        for (var i = 0; i < (constraints?.Count ?? 0); i++)
        {
            var constraint = constraints![i];
            var at = path.Index(i);
            if (constraint.MaxSkew <= 0)
            {
                errors.Add(FieldError.Invalid(at.Child("maxSkew"), constraint.MaxSkew, "must be greater than zero"));
            }

            if (constraint.TopologyKey.Length == 0)
            {
                errors.Add(FieldError.Required(at.Child("topologyKey"), "can not be empty"));
            }
            else
            {
                QualifiedName(constraint.TopologyKey, at.Child("topologyKey"), errors);
            }

            if (!UnsatisfiableActions.Contains(constraint.WhenUnsatisfiable))
            {
                errors.Add(FieldError.NotSupported(at.Child("whenUnsatisfiable"), constraint.WhenUnsatisfiable, UnsatisfiableActions));
            }

            if (constraints.Skip(i + 1).Any(c => c.TopologyKey == constraint.TopologyKey && c.WhenUnsatisfiable == constraint.WhenUnsatisfiable))
            {
                errors.Add(FieldError.Duplicate(at.Child("{topologyKey, whenUnsatisfiable}"),
                    $"{{{constraint.TopologyKey}, {constraint.WhenUnsatisfiable}}}"));
            }

            ValidateMinDomains(constraint, at.Child("minDomains"), errors);
            InclusionPolicy(constraint.NodeAffinityPolicy, at.Child("nodeAffinityPolicy"), errors);
            InclusionPolicy(constraint.NodeTaintsPolicy, at.Child("nodeTaintsPolicy"), errors);
            LabelValidation.ValidateLabelSelector(constraint.LabelSelector, at.Child("labelSelector"), errors);
        }
    }

    private static void ValidateMinDomains(TopologySpreadConstraint constraint, FieldPath path, List<FieldError> errors)
    {
        if (constraint.MinDomains is not { } minDomains)
        {
            return;
        }

        if (minDomains <= 0)
        {
            errors.Add(FieldError.Invalid(path, minDomains, "must be greater than zero"));
        }

        if (constraint.WhenUnsatisfiable != "DoNotSchedule")
        {
            errors.Add(FieldError.Invalid(path, minDomains,
                $"can only use minDomains if whenUnsatisfiable=DoNotSchedule, not {constraint.WhenUnsatisfiable}"));
        }
    }

    private static void InclusionPolicy(string? policy, FieldPath path, List<FieldError> errors)
    {
        if (policy is not null && !NodeInclusionPolicies.Contains(policy))
        {
            errors.Add(FieldError.NotSupported(path, policy, NodeInclusionPolicies));
        }
    }
}
