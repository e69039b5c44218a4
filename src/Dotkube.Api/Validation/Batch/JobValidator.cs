using Dotkube.Api.Batch.V1;
using Dotkube.Api.Naming;
using Dotkube.Api.Selectors;
using Dotkube.Api.Validation.Apps;

namespace Dotkube.Api.Validation.Batch;

/// <summary>
/// Upstream ValidateJob / ValidateJobUpdate. The create strategy generates the selector and the
/// template's job labels unless manualSelector is true, so a Job without them is accepted here
/// and the generated-selector checks run once the Job has a uid (after that preparation).
/// </summary>
public sealed class JobValidator : ObjectValidator<Job>
{
    protected override void ValidateCreate(Job obj, List<FieldError> errors)
    {
        ValidateGeneratedSelector(obj, errors);
        ValidateSpec(obj.Spec, errors);
        ValidateIndexedName(obj, errors);
    }

    protected override void ValidateUpdate(Job obj, Job old, List<FieldError> errors)
    {
        ValidateSpec(obj.Spec, errors);
        ValidateCompletionsUpdate(obj.Spec, old.Spec, errors);
        Immutable(obj.Spec.Selector, old.Spec.Selector, "selector", GoSyntax.Of(obj.Spec.Selector), errors);
        JobTemplateUpdate.Validate(obj, old, Spec.Child("template"), errors);
        ImmutableValue(obj.Spec.CompletionMode, old.Spec.CompletionMode, "completionMode", errors);
        Immutable(obj.Spec.PodFailurePolicy, old.Spec.PodFailurePolicy, "podFailurePolicy", GoSyntax.Raw("batch.PodFailurePolicy{...}"), errors);
        ImmutableValue(obj.Spec.BackoffLimitPerIndex, old.Spec.BackoffLimitPerIndex, "backoffLimitPerIndex", errors);
        ImmutableValue(obj.Spec.ManagedBy, old.Spec.ManagedBy, "managedBy", errors);
        Immutable(obj.Spec.SuccessPolicy, old.Spec.SuccessPolicy, "successPolicy", GoSyntax.Raw("batch.SuccessPolicy{...}"), errors);
    }

    private static void ValidateSpec(JobSpec spec, List<FieldError> errors)
    {
        JobSpecValidation.Validate(spec, Spec, errors);
        if (spec.Selector is null && spec.ManualSelector != true)
        {
            return;
        }

        if (spec.Selector is null)
        {
            errors.Add(FieldError.Required(Spec.Child("selector")));
        }
        else
        {
            LabelValidation.ValidateLabelSelector(spec.Selector, Spec.Child("selector"), errors);
        }

        if (Selector.TryFromLabelSelector(spec.Selector, out var selector, out _) && !selector.Matches(spec.Template.Metadata.Labels))
        {
            errors.Add(FieldError.Invalid(Spec.Child("template", "metadata", "labels"),
                WorkloadValidation.LabelsValue(spec.Template), WorkloadValidation.SelectorMismatchDetail));
        }
    }

    /// <summary>Upstream validateGeneratedSelector, with the batch.kubernetes.io labels required (as on create).</summary>
    private static void ValidateGeneratedSelector(Job job, List<FieldError> errors)
    {
        if (job.Spec.ManualSelector == true || job.Spec.Selector is null || string.IsNullOrEmpty(job.Metadata.Uid))
        {
            return;
        }

        var uid = job.Metadata.Uid;
        var name = job.Metadata.Name ?? "";
        var templateMeta = Spec.Child("template", "metadata");
        RequireLabel(job, templateMeta, JobControllerNames.LegacyControllerUidLabel, uid, errors);
        RequireLabel(job, templateMeta, JobControllerNames.LegacyJobNameLabel, name, errors);
        RequireLabel(job, templateMeta, JobControllerNames.ControllerUidLabel, uid, errors);
        RequireLabel(job, templateMeta, JobControllerNames.JobNameLabel, name, errors);
        var expected = new Dictionary<string, string>
        {
            [JobControllerNames.ControllerUidLabel] = uid,
            [JobControllerNames.JobNameLabel] = name,
            [JobControllerNames.LegacyControllerUidLabel] = uid,
            [JobControllerNames.LegacyJobNameLabel] = name,
        };
        if (Selector.TryFromLabelSelector(job.Spec.Selector, out var selector, out _) && !selector.Matches(expected))
        {
            errors.Add(FieldError.Invalid(Spec.Child("selector"), GoSyntax.Of(job.Spec.Selector), "`selector` not auto-generated"));
        }
    }

    /// <summary>Upstream ValidateHasLabel.</summary>
    private static void RequireLabel(Job job, FieldPath metadata, string key, string expected, List<FieldError> errors)
    {
        var labels = job.Spec.Template.Metadata.Labels;
        if (labels is null || !labels.TryGetValue(key, out var actual))
        {
            errors.Add(FieldError.Required(metadata.Child("labels").Key(key), expected));
        }
        else if (actual != expected)
        {
            errors.Add(FieldError.Invalid(metadata.Child("labels").Key(key), labels, $"must be '{expected}'"));
        }
    }

    /// <summary>Indexed pods are named "&lt;job&gt;-&lt;index&gt;", which must stay a DNS label.</summary>
    private static void ValidateIndexedName(Job job, List<FieldError> errors)
    {
        if (job.Spec.CompletionMode != CompletionMode.Indexed || job.Spec.Completions is not > 0)
        {
            return;
        }

        var hostname = $"{job.Metadata.Name}-{job.Spec.Completions - 1}";
        if (NameValidation.IsDNS1123Label(hostname).Count > 0)
        {
            errors.Add(FieldError.Invalid(Metadata.Child("name"), job.Metadata.Name ?? "",
                $"will not able to create pod with invalid DNS label: {hostname}"));
        }
    }

    /// <summary>Completions are immutable, except for Indexed Jobs scaled together with parallelism.</summary>
    private static void ValidateCompletionsUpdate(JobSpec spec, JobSpec old, List<FieldError> errors)
    {
        if (spec.CompletionMode != CompletionMode.Indexed)
        {
            ImmutableValue(spec.Completions, old.Completions, "completions", errors);
            return;
        }

        if (spec.Completions == old.Completions || spec.Completions is null)
        {
            return;
        }

        if (spec.Completions != spec.Parallelism)
        {
            errors.Add(FieldError.Invalid(Spec.Child("completions"), spec.Completions.Value, "can only be modified in tandem with spec.parallelism"));
        }
    }

    private static void ImmutableValue<TValue>(TValue value, TValue old, string field, List<FieldError> errors) =>
        ObjectMetaValidation.Immutable(value, old, Spec.Child(field), errors);

    private static void Immutable<TValue>(TValue value, TValue old, string field, object? shown, List<FieldError> errors)
    {
        if (!ApiValues.Same(value, old))
        {
            errors.Add(FieldError.Invalid(Spec.Child(field), shown, "field is immutable"));
        }
    }
}
