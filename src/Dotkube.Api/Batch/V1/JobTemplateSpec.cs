using Dotkube.Api.Meta;

namespace Dotkube.Api.Batch.V1;

/// <summary>The Job a CronJob creates on each run.</summary>
public sealed class JobTemplateSpec
{
    /// <summary>Metadata, such as labels and annotations, given to each job created from the template.</summary>
    public ObjectMeta Metadata { get; set => field = value ?? new(); } = new();

    /// <summary>The spec of each job created from the template.</summary>
    public JobSpec Spec { get; set => field = value ?? new(); } = new();
}
