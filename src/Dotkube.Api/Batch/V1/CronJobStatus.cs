using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Batch.V1;

public sealed class CronJobStatus
{
    /// <summary>The Jobs of this CronJob that are still running.</summary>
    public List<ObjectReference>? Active { get; set; }

    public DateTimeOffset? LastScheduleTime { get; set; }

    public DateTimeOffset? LastSuccessfulTime { get; set; }
}
