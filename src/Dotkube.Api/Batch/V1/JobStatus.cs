using Dotkube.Api.Schema;

namespace Dotkube.Api.Batch.V1;

public sealed class JobStatus
{
    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<JobCondition>? Conditions { get; set; }

    public DateTimeOffset? StartTime { get; set; }

    public DateTimeOffset? CompletionTime { get; set; }

    public int? Active { get; set; }

    public int? Succeeded { get; set; }

    public int? Failed { get; set; }

    public int? Terminating { get; set; }

    /// <summary>Interval format: "1,3-5,7".</summary>
    public string? CompletedIndexes { get; set; }

    public string? FailedIndexes { get; set; }

    public UncountedTerminatedPods? UncountedTerminatedPods { get; set; }

    public int? Ready { get; set; }
}
