using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Batch.V1;

/// <summary>The observed state of a CronJob: its running jobs and when it last ran. Set by the system, not by users.</summary>
public sealed class CronJobStatus
{
    /// <summary>The Jobs of this CronJob that are still running.</summary>
    public List<ObjectReference>? Active { get; set; }

    /// <summary>When a job was last scheduled.</summary>
    public DateTimeOffset? LastScheduleTime { get; set; }

    /// <summary>When a job last completed successfully.</summary>
    public DateTimeOffset? LastSuccessfulTime { get; set; }
}
