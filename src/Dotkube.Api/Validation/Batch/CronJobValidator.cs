using Dotkube.Api.Batch.V1;
using Dotkube.Api.Naming;
using Dotkube.Api.Validation.Apps;

namespace Dotkube.Api.Validation.Batch;

/// <summary>Upstream ValidateCronJobCreate / ValidateCronJobUpdate (pkg/apis/batch/validation).</summary>
public sealed class CronJobValidator : ObjectValidator<CronJob>
{
    /// <summary>The controller appends an 11-character "-&lt;timestamp&gt;" to name Jobs, which are DNS-1035 labels.</summary>
    public const int MaxNameLength = NameValidation.DNS1035LabelMaxLength - 11;

    private static readonly string[] ConcurrencyPolicies = [ConcurrencyPolicy.Allow, ConcurrencyPolicy.Forbid, ConcurrencyPolicy.Replace];

    protected override void ValidateCreate(CronJob obj, List<FieldError> errors)
    {
        ValidateSpec(obj.Spec, null, errors);
        var name = obj.Metadata.Name ?? "";
        if (System.Text.Encoding.UTF8.GetByteCount(name) > MaxNameLength)
        {
            errors.Add(FieldError.Invalid(Metadata.Child("name"), name, NameValidation.MaxLenError(MaxNameLength)));
        }
    }

    /// <summary>The name limit is not applied on update, so older long names stay editable.</summary>
    protected override void ValidateUpdate(CronJob obj, CronJob old, List<FieldError> errors) => ValidateSpec(obj.Spec, old.Spec, errors);

    private static void ValidateSpec(CronJobSpec spec, CronJobSpec? old, List<FieldError> errors)
    {
        var schedulePath = Spec.Child("schedule");
        if (spec.Schedule.Length == 0)
        {
            errors.Add(FieldError.Required(schedulePath));
        }
        else
        {
            ValidateSchedule(spec.Schedule, old?.Schedule.Contains("TZ", StringComparison.Ordinal) == true, spec.TimeZone, schedulePath, errors);
        }

        WorkloadValidation.NonNegative(spec.StartingDeadlineSeconds, Spec.Child("startingDeadlineSeconds"), errors);
        if (old is null || old.TimeZone != spec.TimeZone)
        {
            TimeZoneNames.Validate(spec.TimeZone, Spec.Child("timeZone"), errors);
        }

        // Unset is defaulted to Allow.
        if (spec.ConcurrencyPolicy is "")
        {
            errors.Add(FieldError.Required(Spec.Child("concurrencyPolicy")));
        }
        else if (spec.ConcurrencyPolicy is { } policy && !ConcurrencyPolicies.Contains(policy))
        {
            errors.Add(FieldError.NotSupported(Spec.Child("concurrencyPolicy"), policy, ConcurrencyPolicies));
        }

        ValidateJobTemplate(spec.JobTemplate, Spec.Child("jobTemplate"), errors);
        WorkloadValidation.NonNegative(spec.SuccessfulJobsHistoryLimit, Spec.Child("successfulJobsHistoryLimit"), errors);
        WorkloadValidation.NonNegative(spec.FailedJobsHistoryLimit, Spec.Child("failedJobsHistoryLimit"), errors);
    }

    /// <summary>A time zone belongs in spec.timeZone; TZ= in the schedule is only kept where it already was.</summary>
    private static void ValidateSchedule(string schedule, bool allowTZ, string? timeZone, FieldPath path, List<FieldError> errors)
    {
        if (CronSchedule.ParseError(schedule) is { } error)
        {
            errors.Add(FieldError.Invalid(path, schedule, error));
        }

        var hasTZ = schedule.Contains("TZ", StringComparison.Ordinal);
        if (allowTZ && hasTZ && timeZone is not null)
        {
            errors.Add(FieldError.Invalid(path, schedule, "cannot use both timeZone field and TZ or CRON_TZ in schedule"));
        }
        else if (!allowTZ && hasTZ)
        {
            errors.Add(FieldError.Invalid(path, schedule, "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"));
        }
    }

    /// <summary>Upstream ValidateJobTemplateSpec: the Job spec rules, and a selector the controller generates.</summary>
    private static void ValidateJobTemplate(JobTemplateSpec template, FieldPath path, List<FieldError> errors)
    {
        JobSpecValidation.Validate(template.Spec, path.Child("spec"), errors);
        if (template.Spec.Selector is { } selector)
        {
            errors.Add(FieldError.Invalid(path.Child("spec", "selector"), GoSyntax.Of(selector), "`selector` will be auto-generated"));
        }

        if (template.Spec.ManualSelector == true)
        {
            errors.Add(FieldError.NotSupported(path.Child("spec", "manualSelector"), true, ["nil", "false"]));
        }
    }
}
