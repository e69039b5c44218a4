namespace Dotkube.Scheduler.Runtime;

/// <summary>
/// The scheduler's metrics, named as upstream's: scheduler_schedule_attempts_total{result,profile},
/// scheduler_scheduling_attempt_duration_seconds{result,profile} and scheduler_pending_pods{queue}.
/// </summary>
public interface IScheduleMetrics
{
    /// <summary>One scheduling attempt; <paramref name="result"/> is "scheduled", "unschedulable" or "error".</summary>
    void ScheduleAttempt(string result, string profile, TimeSpan duration);

    /// <summary>The number of pods in one queue: "active", "backoff", "unschedulable" or "gated" (held by a preEnqueue plugin).</summary>
    void PendingPods(string queue, int count);
}

/// <summary>Upstream's result label values.</summary>
public static class ScheduleResults
{
    public const string Scheduled = "scheduled";
    public const string Unschedulable = "unschedulable";
    public const string Error = "error";
}

/// <summary>No metrics.</summary>
public sealed class NullScheduleMetrics : IScheduleMetrics
{
    public static NullScheduleMetrics Instance { get; } = new();

    public void ScheduleAttempt(string result, string profile, TimeSpan duration)
    {
    }

    public void PendingPods(string queue, int count)
    {
    }
}
