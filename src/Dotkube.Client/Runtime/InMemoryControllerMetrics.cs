using System.Collections.Concurrent;

namespace Dotkube.Client.Runtime;

/// <summary>
/// Keeps every reported value in memory, keyed by upstream's series names, for tests and for
/// hosts without a Prometheus registry. Thread-safe.
/// </summary>
public sealed class InMemoryControllerMetrics : IControllerMetrics
{
    private readonly ConcurrentDictionary<(string Series, string Labels), long> _values = new();
    private readonly ConcurrentDictionary<(string Series, string Labels), ConcurrentQueue<TimeSpan>> _observations = new();

    /// <summary>A counter or gauge: e.g. ("workqueue_adds_total", "pods"), or
    /// ("controller_runtime_reconcile_total", "pods,success") with labels in upstream's order.</summary>
    public long Value(string series, string labels) => _values.GetValueOrDefault((series, labels));

    /// <summary>The observations of a histogram, in the order they were made.</summary>
    public IReadOnlyList<TimeSpan> Observations(string series, string labels) =>
        _observations.TryGetValue((series, labels), out var list) ? [.. list] : [];

    public void Added(string queue) => Increment("workqueue_adds_total", queue);

    public void SetDepth(string queue, int depth) => _values[("workqueue_depth", queue)] = depth;

    public void Retried(string queue) => Increment("workqueue_retries_total", queue);

    public void ObserveQueueDuration(string queue, TimeSpan waited) => Observe("workqueue_queue_duration_seconds", queue, waited);

    public void ObserveWorkDuration(string queue, TimeSpan worked) => Observe("workqueue_work_duration_seconds", queue, worked);

    public void Reconciled(string controller, string result, TimeSpan took)
    {
        Increment("controller_runtime_reconcile_total", $"{controller},{result}");
        Observe("controller_runtime_reconcile_time_seconds", controller, took);
    }

    public void ReconcileError(string controller) => Increment("controller_runtime_reconcile_errors_total", controller);

    private void Increment(string series, string labels) => _values.AddOrUpdate((series, labels), 1, static (_, v) => v + 1);

    private void Observe(string series, string labels, TimeSpan value) =>
        _observations.GetOrAdd((series, labels), static _ => new ConcurrentQueue<TimeSpan>()).Enqueue(value);
}
