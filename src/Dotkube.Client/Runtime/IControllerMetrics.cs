using Dotkube.Client.Queue;

namespace Dotkube.Client.Runtime;

/// <summary>
/// Where a <see cref="Controller{TKey}"/> reports controller-runtime's metrics, labelled by the
/// controller's name, besides its queue's workqueue_* metrics. The host adapts this to its
/// Prometheus registry; <see cref="InMemoryControllerMetrics"/> serves tests and hosts without one.
/// </summary>
public interface IControllerMetrics : IWorkQueueMetrics
{
    /// <summary>
    /// controller_runtime_reconcile_total{controller,result} and
    /// controller_runtime_reconcile_time_seconds{controller}; <paramref name="result"/> is a
    /// <see cref="ReconcileOutcome"/> value.
    /// </summary>
    void Reconciled(string controller, string result, TimeSpan took);

    /// <summary>controller_runtime_reconcile_errors_total{controller}.</summary>
    void ReconcileError(string controller);
}
