namespace Dotkube.Api.Batch.V1;

/// <summary>Values of <c>CronJobSpec.concurrencyPolicy</c>.</summary>
public static class ConcurrencyPolicy
{
    public const string Allow = "Allow";
    public const string Forbid = "Forbid";
    public const string Replace = "Replace";
}
