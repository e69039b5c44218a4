namespace Dotkube.Api.Batch.V1;

/// <summary>The desired behavior of a CronJob: when to run, the job to create, and how many finished jobs to keep.</summary>
public sealed class CronJobSpec
{
    /// <summary>When to create jobs, in cron format, e.g. "*/5 * * * *" for every five minutes. Required.</summary>
    public string Schedule { get; set; } = "";

    /// <summary>The time zone the schedule is read in, as an IANA name such as Europe/Berlin. Defaults to the local time zone of the controller.</summary>
    /// <remarks>An IANA zone name; null means the controller manager's local zone.</remarks>
    public string? TimeZone { get; set; }

    /// <summary>Seconds after a scheduled time during which a missed job may still be started; later it is skipped. When not set, there is no deadline.</summary>
    public long? StartingDeadlineSeconds { get; set; }

    /// <summary>What to do when a job is due while the previous one is still running: Allow (run both), Forbid (skip the new one) or Replace (stop the old one). Defaults to Allow.</summary>
    /// <remarks>See <c>ConcurrencyPolicy</c> constants; defaults to Allow.</remarks>
    public string? ConcurrencyPolicy { get; set; }

    /// <summary>When true, no new jobs are created; jobs already running are not affected. Defaults to false.</summary>
    public bool? Suspend { get; set; }

    /// <summary>The template for the jobs the cron job creates.</summary>
    public JobTemplateSpec JobTemplate { get; set => field = value ?? new(); } = new();

    /// <summary>How many successfully finished jobs to keep. Defaults to 3.</summary>
    /// <remarks>Defaults to 3, as upstream.</remarks>
    public int? SuccessfulJobsHistoryLimit { get; set; }

    /// <summary>How many failed jobs to keep. Defaults to 1.</summary>
    /// <remarks>Defaults to 1, as upstream.</remarks>
    public int? FailedJobsHistoryLimit { get; set; }
}
