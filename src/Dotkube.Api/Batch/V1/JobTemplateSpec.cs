using Dotkube.Api.Meta;

namespace Dotkube.Api.Batch.V1;

/// <summary>The Job a CronJob creates on each run.</summary>
public sealed class JobTemplateSpec
{
    public ObjectMeta Metadata { get; set => field = value ?? new(); } = new();

    public JobSpec Spec { get; set => field = value ?? new(); } = new();
}
