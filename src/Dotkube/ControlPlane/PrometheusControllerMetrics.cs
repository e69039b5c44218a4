using Dotkube.ApiServer.Metrics;
using Dotkube.Client.Runtime;

namespace Dotkube.ControlPlane;

/// <summary>
/// The controllers' workqueue and reconcile metrics on the server's /metrics, under client-go's
/// and controller-runtime's names, so dashboards built for those work unchanged.
/// </summary>
public sealed class PrometheusControllerMetrics : IControllerMetrics
{
    private static readonly double[] DurationBuckets = MetricsRegistry.ExponentialBuckets(1e-8, 10, 10);
    private static readonly double[] ReconcileBuckets =
        [0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 40, 50, 60];

    private readonly MetricFamily<Counter> _adds;
    private readonly MetricFamily<Gauge> _depth;
    private readonly MetricFamily<Counter> _retries;
    private readonly MetricFamily<Histogram> _queueDuration;
    private readonly MetricFamily<Histogram> _workDuration;
    private readonly MetricFamily<Counter> _reconciles;
    private readonly MetricFamily<Histogram> _reconcileTime;
    private readonly MetricFamily<Counter> _reconcileErrors;

    public PrometheusControllerMetrics(MetricsRegistry registry)
    {
        _adds = registry.Counter("workqueue_adds_total", "Total number of adds handled by workqueue", "name");
        _depth = registry.Gauge("workqueue_depth", "Current depth of workqueue", "name");
        _retries = registry.Counter("workqueue_retries_total", "Total number of retries handled by workqueue", "name");
        _queueDuration = registry.Histogram("workqueue_queue_duration_seconds",
            "How long in seconds an item stays in workqueue before being requested.", DurationBuckets, "name");
        _workDuration = registry.Histogram("workqueue_work_duration_seconds",
            "How long in seconds processing an item from workqueue takes.", DurationBuckets, "name");
        _reconciles = registry.Counter("controller_runtime_reconcile_total",
            "Total number of reconciliations per controller", "controller", "result");
        _reconcileTime = registry.Histogram("controller_runtime_reconcile_time_seconds",
            "Length of time per reconciliation per controller", ReconcileBuckets, "controller");
        _reconcileErrors = registry.Counter("controller_runtime_reconcile_errors_total",
            "Total number of reconciliation errors per controller", "controller");
    }

    public void Added(string queue) => _adds.WithLabels(queue).Inc();

    public void SetDepth(string queue, int depth) => _depth.WithLabels(queue).Set(depth);

    public void Retried(string queue) => _retries.WithLabels(queue).Inc();

    public void ObserveQueueDuration(string queue, TimeSpan waited) => _queueDuration.WithLabels(queue).Observe(waited);

    public void ObserveWorkDuration(string queue, TimeSpan worked) => _workDuration.WithLabels(queue).Observe(worked);

    public void Reconciled(string controller, string result, TimeSpan took)
    {
        _reconciles.WithLabels(controller, result).Inc();
        _reconcileTime.WithLabels(controller).Observe(took);
    }

    public void ReconcileError(string controller) => _reconcileErrors.WithLabels(controller).Inc();
}
