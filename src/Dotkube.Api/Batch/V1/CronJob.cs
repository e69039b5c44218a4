using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Batch.V1;

/// <summary>A CronJob creates Jobs on a repeating schedule, written in cron format.</summary>
/// <remarks>Creates Jobs on a cron schedule.</remarks>
[KubeKind("batch", "v1", "cronjobs", ShortNames = ["cj"], Categories = ["all"], Subresources = ["status"])]
public sealed class CronJob : KubeObject
{
    /// <summary>The desired behavior of the cron job: its schedule and the job to create each time.</summary>
    public CronJobSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>The most recently observed state of the cron job, such as its running jobs and last schedule time. Read-only.</summary>
    public CronJobStatus Status { get; set => field = value ?? new(); } = new();
}
