namespace Dotkube.Api.Batch.V1;

/// <summary>Reasons the job controller writes on its Failed and SuccessCriteriaMet conditions.</summary>
public static class JobReasons
{
    public const string PodFailurePolicy = "PodFailurePolicy";
    public const string BackoffLimitExceeded = "BackoffLimitExceeded";
    public const string DeadlineExceeded = "DeadlineExceeded";
    public const string MaxFailedIndexesExceeded = "MaxFailedIndexesExceeded";
    public const string FailedIndexes = "FailedIndexes";
    public const string SuccessPolicy = "SuccessPolicy";
}
