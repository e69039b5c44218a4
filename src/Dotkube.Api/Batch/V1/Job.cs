using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Batch.V1;

/// <summary>A Job runs pods that carry out a task to completion, retrying failed pods until the wanted number have succeeded.</summary>
/// <remarks>Runs pods until a number of them complete successfully.</remarks>
[KubeKind("batch", "v1", "jobs", Categories = ["all"], Subresources = ["status"])]
public sealed class Job : KubeObject
{
    /// <summary>The desired behavior of the job: the pod template, how many pods must succeed and how failures are handled.</summary>
    public JobSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>The most recently observed state of the job. Read-only.</summary>
    public JobStatus Status { get; set => field = value ?? new(); } = new();
}
