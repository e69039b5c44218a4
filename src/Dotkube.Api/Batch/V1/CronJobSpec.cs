namespace Dotkube.Api.Batch.V1;

public sealed class CronJobSpec
{
    public string Schedule { get; set; } = "";

    /// <summary>An IANA zone name; null means the controller manager's local zone.</summary>
    public string? TimeZone { get; set; }

    public long? StartingDeadlineSeconds { get; set; }

    /// <summary>See <c>ConcurrencyPolicy</c> constants; defaults to Allow.</summary>
    public string? ConcurrencyPolicy { get; set; }

    public bool? Suspend { get; set; }

    public JobTemplateSpec JobTemplate { get; set => field = value ?? new(); } = new();

    /// <summary>Defaults to 3, as upstream.</summary>
    public int? SuccessfulJobsHistoryLimit { get; set; }

    /// <summary>Defaults to 1, as upstream.</summary>
    public int? FailedJobsHistoryLimit { get; set; }
}
