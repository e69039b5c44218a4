using Dotkube.ApiServer.Metrics;
using Dotkube.Scheduler.Runtime;

namespace Dotkube.ControlPlane;

/// <summary>The scheduler's metrics on the server's /metrics under kube-scheduler's names and labels.</summary>
public sealed class PrometheusScheduleMetrics(MetricsRegistry registry) : IScheduleMetrics
{
    private readonly MetricFamily<Counter> _attempts = registry.Counter("scheduler_schedule_attempts_total",
        "Number of attempts to schedule pods, by the result. 'unschedulable' means a pod could not be scheduled, while 'error' means an internal scheduler problem.",
        "result", "profile");

    private readonly MetricFamily<Histogram> _duration = registry.Histogram("scheduler_scheduling_attempt_duration_seconds",
        "Scheduling attempt latency in seconds (scheduling algorithm + binding)", MetricsRegistry.ExponentialBuckets(0.001, 2, 15),
        "result", "profile");

    private readonly MetricFamily<Gauge> _pending = registry.Gauge("scheduler_pending_pods",
        "Number of pending pods, by the queue type. 'active' means number of pods in activeQ; 'backoff' means number of pods in backoffQ; 'unschedulable' means number of pods in unschedulablePods that the scheduler attempted to schedule and failed; 'gated' is the number of unschedulable pods that the scheduler never attempted to schedule because they are gated.",
        "queue");

    public void ScheduleAttempt(string result, string profile, TimeSpan duration)
    {
        _attempts.WithLabels(result, profile).Inc();
        _duration.WithLabels(result, profile).Observe(duration);
    }

    public void PendingPods(string queue, int count) => _pending.WithLabels(queue).Set(count);
}
