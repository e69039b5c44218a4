namespace Dotkube.Api.Batch.V1;

/// <summary>Label, annotation and finalizer keys of the job controller, and its managedBy name.</summary>
public static class JobControllerNames
{
    /// <summary>The reserved <c>spec.managedBy</c> value of the built-in job controller.</summary>
    public const string JobController = "kubernetes.io/job-controller";

    public const string JobNameLabel = "batch.kubernetes.io/job-name";

    public const string ControllerUidLabel = "batch.kubernetes.io/controller-uid";

    /// <summary>Unprefixed forms upstream still writes for compatibility.</summary>
    public const string LegacyJobNameLabel = "job-name";

    public const string LegacyControllerUidLabel = "controller-uid";

    public const string JobCompletionIndexAnnotation = "batch.kubernetes.io/job-completion-index";

    public const string JobIndexFailureCountAnnotation = "batch.kubernetes.io/job-index-failure-count";

    /// <summary>Finalizer on a Job's pods until their result is counted in the status.</summary>
    public const string JobTrackingFinalizer = "batch.kubernetes.io/job-tracking";
}
