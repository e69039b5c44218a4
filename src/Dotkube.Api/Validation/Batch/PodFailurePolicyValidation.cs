using Dotkube.Api.Batch.V1;
using Dotkube.Api.Naming;

using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Batch;

/// <summary>Upstream validatePodFailurePolicy and its rule checks (pkg/apis/batch/validation).</summary>
public static class PodFailurePolicyValidation
{
    private const int MaxRules = 20;
    private const int MaxExitCodeValues = 255;
    private const int MaxConditionPatterns = 20;

    // sets.List order, as upstream prints them.
    private static readonly string[] Actions = [PodFailurePolicyAction.Count, PodFailurePolicyAction.FailIndex, PodFailurePolicyAction.FailJob, PodFailurePolicyAction.Ignore];
    private static readonly string[] Operators = [PodFailurePolicyOnExitCodesOperator.In, PodFailurePolicyOnExitCodesOperator.NotIn];
    private static readonly string[] Statuses = ["False", "True", "Unknown"];

    public static void Validate(JobSpec spec, PodFailurePolicy policy, FieldPath path, List<FieldError> errors)
    {
        var rulesPath = path.Child("rules");
        if (policy.Rules.Count > MaxRules)
        {
            errors.Add(FieldError.TooMany(rulesPath, policy.Rules.Count, MaxRules));
        }

        var containerNames = spec.Template.Spec.Containers.Select(c => c.Name)
            .Concat(spec.Template.Spec.InitContainers?.Select(c => c.Name) ?? []).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            ValidateRule(spec, policy.Rules[i], rulesPath.Index(i), containerNames, errors);
        }
    }

    private static void ValidateRule(JobSpec spec, PodFailurePolicyRule rule, FieldPath path, HashSet<string> containerNames, List<FieldError> errors)
    {
        var actionPath = path.Child("action");
        if (rule.Action.Length == 0)
        {
            errors.Add(FieldError.Required(actionPath, "valid values: " + GoList(Actions)));
        }
        else if (rule.Action == PodFailurePolicyAction.FailIndex)
        {
            if (spec.BackoffLimitPerIndex is null)
            {
                errors.Add(FieldError.Invalid(actionPath, rule.Action, "requires the backoffLimitPerIndex to be set"));
            }
        }
        else if (!Actions.Contains(rule.Action))
        {
            errors.Add(FieldError.NotSupported(actionPath, rule.Action, Actions));
        }

        if (rule.OnExitCodes is { } onExitCodes)
        {
            ValidateOnExitCodes(onExitCodes, path.Child("onExitCodes"), containerNames, errors);
        }

        if (rule.OnPodConditions.Count > 0)
        {
            ValidateOnPodConditions(rule.OnPodConditions, path.Child("onPodConditions"), errors);
        }

        if (rule.OnExitCodes is not null && rule.OnPodConditions.Count > 0)
        {
            errors.Add(OmittedValue.Invalid(path, "specifying both OnExitCodes and OnPodConditions is not supported"));
        }

        if (rule.OnExitCodes is null && rule.OnPodConditions.Count == 0)
        {
            errors.Add(OmittedValue.Invalid(path, "specifying one of OnExitCodes and OnPodConditions is required"));
        }
    }

    private static void ValidateOnPodConditions(List<PodFailurePolicyOnPodConditionsPattern> patterns, FieldPath path, List<FieldError> errors)
    {
        if (patterns.Count > MaxConditionPatterns)
        {
            errors.Add(FieldError.TooMany(path, patterns.Count, MaxConditionPatterns));
        }

        for (var i = 0; i < patterns.Count; i++)
        {
            var at = path.Index(i);
            foreach (var message in NameValidation.IsQualifiedName(patterns[i].Type))
            {
                errors.Add(FieldError.Invalid(at.Child("type"), patterns[i].Type, message));
            }

            // An empty status is defaulted to "True".
            var status = patterns[i].Status;
            if (status.Length > 0 && !Statuses.Contains(status))
            {
                errors.Add(FieldError.NotSupported(at.Child("status"), status, Statuses));
            }
        }
    }

    private static void ValidateOnExitCodes(PodFailurePolicyOnExitCodesRequirement requirement, FieldPath path, HashSet<string> containerNames, List<FieldError> errors)
    {
        if (requirement.Operator.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("operator"), "valid values: " + GoList(Operators)));
        }
        else if (!Operators.Contains(requirement.Operator))
        {
            errors.Add(FieldError.NotSupported(path.Child("operator"), requirement.Operator, Operators));
        }

        if (requirement.ContainerName is { } containerName && !containerNames.Contains(containerName))
        {
            errors.Add(FieldError.Invalid(path.Child("containerName"), containerName, "must be one of the container or initContainer names in the pod template"));
        }

        var valuesPath = path.Child("values");
        var values = requirement.Values;
        if (values.Count == 0)
        {
            errors.Add(FieldError.Invalid(valuesPath, Int32Slice(values), "at least one value is required"));
        }
        else if (values.Count > MaxExitCodeValues)
        {
            errors.Add(FieldError.TooMany(valuesPath, values.Count, MaxExitCodeValues));
        }

        var seen = new HashSet<int>();
        var ordered = true;
        for (var j = 0; j < values.Count; j++)
        {
            if (requirement.Operator == PodFailurePolicyOnExitCodesOperator.In && values[j] == 0)
            {
                errors.Add(FieldError.Invalid(valuesPath.Index(j), values[j], "must not be 0 for the In operator"));
            }

            if (!seen.Add(values[j]))
            {
                errors.Add(FieldError.Duplicate(valuesPath.Index(j), values[j]));
            }

            ordered &= j == 0 || values[j - 1] <= values[j];
        }

        if (!ordered)
        {
            errors.Add(FieldError.Invalid(valuesPath, Int32Slice(values), "must be ordered"));
        }
    }

    /// <summary>Go's %q of a []string: ["a" "b"].</summary>
    internal static string GoList(IEnumerable<string> values) => "[" + string.Join(' ', values.Select(GoStrings.Quote)) + "]";

    private static GoSyntax Int32Slice(List<int> values) =>
        GoSyntax.Raw(values.Count == 0 ? "[]int32(nil)" : "[]int32{" + string.Join(", ", values) + "}");
}
