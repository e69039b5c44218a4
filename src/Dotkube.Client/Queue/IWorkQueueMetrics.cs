namespace Dotkube.Client.Queue;

/// <summary>
/// Where a <see cref="WorkQueue{T}"/> reports client-go's workqueue metrics, each labelled by the
/// queue's name. The host adapts this to its Prometheus registry; calls are made under the queue's
/// lock, so implementations must be quick and must not call back into the queue.
/// </summary>
public interface IWorkQueueMetrics
{
    /// <summary>workqueue_adds_total{name}: adds that were not already pending.</summary>
    void Added(string queue);

    /// <summary>workqueue_depth{name}: items pending, queued or waiting for their worker to finish.</summary>
    void SetDepth(string queue, int depth);

    /// <summary>workqueue_retries_total{name}: delayed and rate-limited adds.</summary>
    void Retried(string queue);

    /// <summary>workqueue_queue_duration_seconds{name}: from first add to being handed to a worker.</summary>
    void ObserveQueueDuration(string queue, TimeSpan waited);

    /// <summary>workqueue_work_duration_seconds{name}: from being handed to a worker to Done.</summary>
    void ObserveWorkDuration(string queue, TimeSpan worked);
}
