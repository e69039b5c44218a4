using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Api.Batch.V1;

/// <summary>The desired behavior of a Job: the pods to run, how many must succeed, how many may run at once, and when to give up.</summary>
public sealed class JobSpec
{
    /// <summary>The most pods the job runs at the same time. Defaults to 1; 0 pauses the job.</summary>
    public int? Parallelism { get; set; }

    /// <summary>How many pods must succeed for the job to be complete. When not set, the job is complete as soon as any pod succeeds and all have finished.</summary>
    public int? Completions { get; set; }

    /// <summary>Seconds the job may be active, counted from its start, before it is marked failed and its running pods are stopped. Must be positive when set.</summary>
    public long? ActiveDeadlineSeconds { get; set; }

    /// <summary>Rules that decide, from a failed pod's exit codes or conditions, whether to fail the job at once, ignore the failure, or count it toward backoffLimit.</summary>
    public PodFailurePolicy? PodFailurePolicy { get; set; }

    /// <summary>Rules for an Indexed job that let it succeed early, once given indexes have succeeded.</summary>
    public SuccessPolicy? SuccessPolicy { get; set; }

    /// <summary>How many times failed pods are retried before the job is marked failed. Defaults to 6.</summary>
    /// <remarks>Defaults to 6, as upstream.</remarks>
    public int? BackoffLimit { get; set; }

    /// <summary>For an Indexed job: how many times each index may be retried before that index is marked failed. Immutable.</summary>
    public int? BackoffLimitPerIndex { get; set; }

    /// <summary>For an Indexed job with backoffLimitPerIndex: how many indexes may fail before the whole job is marked failed.</summary>
    public int? MaxFailedIndexes { get; set; }

    /// <summary>Selects the job's pods. Normally generated automatically; see manualSelector.</summary>
    public LabelSelector? Selector { get; set; }

    /// <summary>When true, you supply the selector yourself instead of having a unique one generated. Rarely needed; a wrong selector can make the job adopt unrelated pods.</summary>
    public bool? ManualSelector { get; set; }

    /// <summary>The template for the job's pods. Its restartPolicy must be OnFailure or Never.</summary>
    public PodTemplateSpec Template { get; set => field = value ?? new(); } = new();

    /// <summary>Seconds after the job finishes, successfully or not, before it is deleted automatically. When not set, it is never deleted automatically.</summary>
    public int? TTLSecondsAfterFinished { get; set; }

    /// <summary>NonIndexed: the job is complete when completions pods have succeeded. Indexed: each pod gets an index from 0 to completions-1, and each index must succeed once. Defaults to NonIndexed.</summary>
    /// <remarks>See <c>CompletionMode</c> constants; defaults to NonIndexed.</remarks>
    public string? CompletionMode { get; set; }

    /// <summary>When true, no new pods are created and running pods are stopped until the job is resumed. Defaults to false.</summary>
    public bool? Suspend { get; set; }

    /// <summary>When a replacement pod is created: TerminatingOrFailed (as soon as the old pod starts terminating) or Failed (only once it has fully terminated).</summary>
    /// <remarks>See <c>PodReplacementPolicy</c> constants.</remarks>
    public string? PodReplacementPolicy { get; set; }

    /// <summary>The controller that manages the job; when not set, the built-in job controller does. Immutable.</summary>
    /// <remarks>Null or <see cref="JobControllerNames.JobController"/> means the built-in controller owns the Job.</remarks>
    public string? ManagedBy { get; set; }
}
