using Dotkube.Api.Batch.V1;
using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Defaulting;

/// <summary>Defaults for batch/v1, as upstream pkg/apis/batch/v1/defaults.go and its generated walk.</summary>
internal static class BatchV1Defaults
{
    public static void SetObjectDefaults_Job(Job job)
    {
        SetDefaults_Job(job);
        SetJobSpecDefaults(job.Spec);
    }

    /// <summary>
    /// As upstream SetObjectDefaults_CronJob: the job template gets only the nested defaults
    /// (pod failure policy, pod template), not SetDefaults_Job, which runs when the Job is created.
    /// </summary>
    public static void SetObjectDefaults_CronJob(CronJob cronJob)
    {
        SetDefaults_CronJob(cronJob);
        SetJobSpecDefaults(cronJob.Spec.JobTemplate.Spec);
    }

    /// <summary>
    /// As upstream SetDefaults_Job, with v1.32 gates: JobBackoffLimitPerIndex and
    /// JobPodReplacementPolicy are beta and on; manualSelector defaults to false since v1.29.
    /// </summary>
    public static void SetDefaults_Job(Job job)
    {
        var spec = job.Spec;
        if (spec.Completions is null && spec.Parallelism is null)
        {
            spec.Completions = 1;
            spec.Parallelism = 1;
        }

        spec.Parallelism ??= 1;

        // With a per-index limit the global limit is effectively unbounded (math.MaxInt32).
        spec.BackoffLimit ??= spec.BackoffLimitPerIndex is null ? 6 : int.MaxValue;
        if (spec.Template.Metadata.Labels is { Count: > 0 } labels && job.Metadata.Labels is not { Count: > 0 })
        {
            job.Metadata.Labels = new Dictionary<string, string>(labels);
        }

        spec.CompletionMode ??= CompletionMode.NonIndexed;
        spec.Suspend ??= false;
        spec.PodReplacementPolicy ??= spec.PodFailurePolicy is null ? PodReplacementPolicy.TerminatingOrFailed : PodReplacementPolicy.Failed;
        spec.ManualSelector ??= false;
    }

    /// <summary>As upstream SetDefaults_CronJob.</summary>
    public static void SetDefaults_CronJob(CronJob cronJob)
    {
        var spec = cronJob.Spec;
        if (string.IsNullOrEmpty(spec.ConcurrencyPolicy))
        {
            spec.ConcurrencyPolicy = ConcurrencyPolicy.Allow;
        }

        spec.Suspend ??= false;
        spec.SuccessfulJobsHistoryLimit ??= 3;
        spec.FailedJobsHistoryLimit ??= 1;
    }

    /// <summary>As upstream SetDefaults_PodFailurePolicyOnPodConditionsPattern: status defaults to True.</summary>
    public static void SetDefaults_PodFailurePolicyOnPodConditionsPattern(PodFailurePolicyOnPodConditionsPattern pattern)
    {
        if (string.IsNullOrEmpty(pattern.Status))
        {
            pattern.Status = ConditionStatus.True;
        }
    }

    private static void SetJobSpecDefaults(JobSpec spec)
    {
        foreach (var rule in spec.PodFailurePolicy?.Rules ?? [])
        {
            foreach (var pattern in rule.OnPodConditions)
            {
                SetDefaults_PodFailurePolicyOnPodConditionsPattern(pattern);
            }
        }

        CoreV1Defaults.SetPodTemplateSpecDefaults(spec.Template);
    }
}
