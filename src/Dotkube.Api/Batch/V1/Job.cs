using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Batch.V1;

/// <summary>Runs pods until a number of them complete successfully.</summary>
[KubeKind("batch", "v1", "jobs", Categories = ["all"], Subresources = ["status"])]
public sealed class Job : KubeObject
{
    public JobSpec Spec { get; set => field = value ?? new(); } = new();

    public JobStatus Status { get; set => field = value ?? new(); } = new();
}
