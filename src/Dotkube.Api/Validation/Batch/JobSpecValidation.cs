using System.Globalization;
using Dotkube.Api.Batch.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Validation.Apps;
using Dotkube.Api.Validation.Core;
using Dotkube.Api.Validation.Networking;

namespace Dotkube.Api.Validation.Batch;

/// <summary>Upstream validateJobSpec: the rules a Job and a CronJob's job template share.</summary>
public static class JobSpecValidation
{
    private const int MaxParallelismForIndexedJob = 100_000;
    private const int MaxFailedIndexesForIndexedJob = 100_000;
    private const int CompletionsSoftLimit = 100_000;
    private const int ParallelismLimitForHighCompletions = 10_000;
    private const int MaxFailedIndexesLimitForHighCompletions = 10_000;
    private const int MaxManagedByLength = 63;

    // sets.List order, as upstream prints it.
    private static readonly string[] ReplacementPolicies = [PodReplacementPolicy.Failed, PodReplacementPolicy.TerminatingOrFailed];

    public static void Validate(JobSpec spec, FieldPath path, List<FieldError> errors)
    {
        WorkloadValidation.NonNegative(spec.Parallelism, path.Child("parallelism"), errors);
        WorkloadValidation.NonNegative(spec.Completions, path.Child("completions"), errors);
        WorkloadValidation.NonNegative(spec.ActiveDeadlineSeconds, path.Child("activeDeadlineSeconds"), errors);
        WorkloadValidation.NonNegative(spec.BackoffLimit, path.Child("backoffLimit"), errors);
        WorkloadValidation.NonNegative(spec.TTLSecondsAfterFinished, path.Child("ttlSecondsAfterFinished"), errors);
        WorkloadValidation.NonNegative(spec.BackoffLimitPerIndex, path.Child("backoffLimitPerIndex"), errors);
        if (spec.MaxFailedIndexes is { } maxFailed)
        {
            WorkloadValidation.NonNegative(maxFailed, path.Child("maxFailedIndexes"), errors);
            if (spec.BackoffLimitPerIndex is null)
            {
                errors.Add(FieldError.Required(path.Child("backoffLimitPerIndex"), "when maxFailedIndexes is specified"));
            }
        }

        if (spec.ManagedBy is { } managedBy)
        {
            DomainPrefixedPath.Validate(managedBy, path.Child("managedBy"), errors);
            if (System.Text.Encoding.UTF8.GetByteCount(managedBy) > MaxManagedByLength)
            {
                errors.Add(FieldError.TooLong(path.Child("managedBy"), "", MaxManagedByLength));
            }
        }

        ValidateCompletionMode(spec, path, errors);
        if (spec.PodFailurePolicy is { } podFailurePolicy)
        {
            PodFailurePolicyValidation.Validate(spec, podFailurePolicy, path.Child("podFailurePolicy"), errors);
        }

        if (spec.SuccessPolicy is { } successPolicy)
        {
            if (spec.CompletionMode != CompletionMode.Indexed)
            {
                errors.Add(FieldError.Invalid(path.Child("successPolicy"), GoSyntax.Raw("batch.SuccessPolicy{...}"), "requires indexed completion mode"));
            }
            else
            {
                SuccessPolicyValidation.Validate(spec, successPolicy, path.Child("successPolicy"), errors);
            }
        }

        ValidatePodReplacementPolicy(spec, path.Child("podReplacementPolicy"), errors);
        PodTemplateValidation.ValidateTemplate(spec.Template, path.Child("template"), errors);
        ValidateRestartPolicy(spec, path.Child("template", "spec", "restartPolicy"), errors);
    }

    private static void ValidateCompletionMode(JobSpec spec, FieldPath path, List<FieldError> errors)
    {
        if (spec.CompletionMode is { } mode && mode is not (CompletionMode.NonIndexed or CompletionMode.Indexed))
        {
            errors.Add(FieldError.NotSupported(path.Child("completionMode"), mode, [CompletionMode.NonIndexed, CompletionMode.Indexed]));
        }

        if (spec.CompletionMode == CompletionMode.Indexed)
        {
            if (spec.Completions is null)
            {
                errors.Add(FieldError.Required(path.Child("completions"), "when completion mode is Indexed"));
            }

            if (spec.Parallelism is > MaxParallelismForIndexedJob)
            {
                errors.Add(FieldError.Invalid(path.Child("parallelism"), spec.Parallelism.Value, Text($"must be less than or equal to {MaxParallelismForIndexedJob} when completion mode is Indexed")));
            }

            if (spec.MaxFailedIndexes is { } maxFailed && spec.Completions is { } completions && maxFailed > completions)
            {
                errors.Add(FieldError.Invalid(path.Child("maxFailedIndexes"), maxFailed, "must be less than or equal to completions"));
            }

            if (spec.MaxFailedIndexes is > MaxFailedIndexesForIndexedJob)
            {
                errors.Add(FieldError.Invalid(path.Child("maxFailedIndexes"), spec.MaxFailedIndexes.Value, Text($"must be less than or equal to {MaxFailedIndexesForIndexedJob}")));
            }

            if (spec.Completions is > CompletionsSoftLimit && spec.BackoffLimitPerIndex is not null)
            {
                ValidateHighCompletions(spec, path, errors);
            }
        }
        else
        {
            if (spec.BackoffLimitPerIndex is { } perIndex)
            {
                errors.Add(FieldError.Invalid(path.Child("backoffLimitPerIndex"), perIndex, "requires indexed completion mode"));
            }

            if (spec.MaxFailedIndexes is { } maxFailed)
            {
                errors.Add(FieldError.Invalid(path.Child("maxFailedIndexes"), maxFailed, "requires indexed completion mode"));
            }
        }
    }

    private static void ValidateHighCompletions(JobSpec spec, FieldPath path, List<FieldError> errors)
    {
        if (spec.MaxFailedIndexes is null)
        {
            errors.Add(FieldError.Required(path.Child("maxFailedIndexes"), Text($"must be specified when completions is above {CompletionsSoftLimit}")));
        }

        if (spec.Parallelism is > ParallelismLimitForHighCompletions)
        {
            errors.Add(FieldError.Invalid(path.Child("parallelism"), spec.Parallelism.Value,
                Text($"must be less than or equal to {ParallelismLimitForHighCompletions} when completions are above {CompletionsSoftLimit} and used with backoff limit per index")));
        }

        if (spec.MaxFailedIndexes is > MaxFailedIndexesLimitForHighCompletions)
        {
            errors.Add(FieldError.Invalid(path.Child("maxFailedIndexes"), spec.MaxFailedIndexes.Value,
                Text($"must be less than or equal to {MaxFailedIndexesLimitForHighCompletions} when completions are above {CompletionsSoftLimit} and used with backoff limit per index")));
        }
    }

    /// <summary>With a pod failure policy only Failed is allowed; else Failed or TerminatingOrFailed.</summary>
    private static void ValidatePodReplacementPolicy(JobSpec spec, FieldPath path, List<FieldError> errors)
    {
        if (spec.PodReplacementPolicy is not { } policy)
        {
            return;
        }

        if (spec.PodFailurePolicy is not null)
        {
            if (policy != PodReplacementPolicy.Failed)
            {
                errors.Add(FieldError.NotSupported(path, policy, [PodReplacementPolicy.Failed]));
            }
        }
        else if (!ReplacementPolicies.Contains(policy))
        {
            errors.Add(FieldError.NotSupported(path, policy, ReplacementPolicies));
        }
    }

    /// <summary>Unset is defaulted to Always for every pod, so it is reported as missing here, as upstream.</summary>
    private static void ValidateRestartPolicy(JobSpec spec, FieldPath path, List<FieldError> errors)
    {
        var policy = spec.Template.Spec.RestartPolicy ?? "";
        if (policy is RestartPolicy.Always or "")
        {
            errors.Add(FieldError.Required(path, "valid values: \"OnFailure\", \"Never\""));
        }
        else if (policy is not (RestartPolicy.OnFailure or RestartPolicy.Never))
        {
            errors.Add(FieldError.NotSupported(path, policy, [RestartPolicy.OnFailure, RestartPolicy.Never]));
        }
        else if (spec.PodFailurePolicy is not null && policy != RestartPolicy.Never)
        {
            errors.Add(FieldError.Invalid(path, policy, "only \"Never\" is supported when podFailurePolicy is specified"));
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
