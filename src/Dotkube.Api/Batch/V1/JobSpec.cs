using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Api.Batch.V1;

public sealed class JobSpec
{
    public int? Parallelism { get; set; }

    public int? Completions { get; set; }

    public long? ActiveDeadlineSeconds { get; set; }

    public PodFailurePolicy? PodFailurePolicy { get; set; }

    public SuccessPolicy? SuccessPolicy { get; set; }

    /// <summary>Defaults to 6, as upstream.</summary>
    public int? BackoffLimit { get; set; }

    public int? BackoffLimitPerIndex { get; set; }

    public int? MaxFailedIndexes { get; set; }

    public LabelSelector? Selector { get; set; }

    public bool? ManualSelector { get; set; }

    public PodTemplateSpec Template { get; set => field = value ?? new(); } = new();

    public int? TTLSecondsAfterFinished { get; set; }

    /// <summary>See <c>CompletionMode</c> constants; defaults to NonIndexed.</summary>
    public string? CompletionMode { get; set; }

    public bool? Suspend { get; set; }

    /// <summary>See <c>PodReplacementPolicy</c> constants.</summary>
    public string? PodReplacementPolicy { get; set; }

    /// <summary>Null or <see cref="JobControllerNames.JobController"/> means the built-in controller owns the Job.</summary>
    public string? ManagedBy { get; set; }
}
