using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Batch.V1;

/// <summary>Creates Jobs on a cron schedule.</summary>
[KubeKind("batch", "v1", "cronjobs", ShortNames = ["cj"], Categories = ["all"], Subresources = ["status"])]
public sealed class CronJob : KubeObject
{
    public CronJobSpec Spec { get; set => field = value ?? new(); } = new();

    public CronJobStatus Status { get; set => field = value ?? new(); } = new();
}
