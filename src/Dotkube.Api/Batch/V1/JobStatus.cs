using Dotkube.Api.Schema;

namespace Dotkube.Api.Batch.V1;

/// <summary>The observed state of a Job: its progress, pod counts and whether it has completed or failed. Set by the system, not by users.</summary>
public sealed class JobStatus
{
    /// <summary>The job's current conditions, such as Complete, Failed and Suspended.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<JobCondition>? Conditions { get; set; }

    /// <summary>When the job controller started processing the job; reset when a suspended job is resumed.</summary>
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>When the job completed successfully. Not set for failed jobs.</summary>
    public DateTimeOffset? CompletionTime { get; set; }

    /// <summary>The number of pods that are pending or running.</summary>
    public int? Active { get; set; }

    /// <summary>The number of pods that have succeeded.</summary>
    public int? Succeeded { get; set; }

    /// <summary>The number of pods that have failed.</summary>
    public int? Failed { get; set; }

    /// <summary>The number of pods that are shutting down.</summary>
    public int? Terminating { get; set; }

    /// <summary>For an Indexed job: the indexes that have succeeded, as ranges such as "1,3-5,7".</summary>
    /// <remarks>Interval format: "1,3-5,7".</remarks>
    public string? CompletedIndexes { get; set; }

    /// <summary>For an Indexed job with backoffLimitPerIndex: the indexes that have failed, as ranges such as "1,3-5,7".</summary>
    public string? FailedIndexes { get; set; }

    /// <summary>Pods that have finished but are not yet counted in succeeded or failed. Used internally by the job controller.</summary>
    public UncountedTerminatedPods? UncountedTerminatedPods { get; set; }

    /// <summary>The number of active pods that are ready.</summary>
    public int? Ready { get; set; }
}
