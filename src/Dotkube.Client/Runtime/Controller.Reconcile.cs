namespace Dotkube.Client.Runtime;

public sealed partial class Controller<TKey>
{
    /// <summary>One reconcile and what its outcome does to the key, as controller-runtime's reconcileHandler.</summary>
    private async Task ReconcileAsync(TKey key, CancellationToken ct)
    {
        using var scope = _logger.BeginScope(new ReconcileScope(Name, key, Interlocked.Increment(ref _reconcileIds)));
        var started = _time.GetTimestamp();
        ReconcileResult result;
        try
        {
            result = await _reconciler.ReconcileAsync(key, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping, not failing: the key is dropped with the rest of the queue.
            LogCancelled(_logger);
            return;
        }
        catch (Exception e)
        {
            Queue.AddRateLimited(key);
            _metrics.ReconcileError(Name);
            _metrics.Reconciled(Name, ReconcileOutcome.Error, _time.GetElapsedTime(started));
            LogReconcilerError(_logger, e);
            return;
        }

        var took = _time.GetElapsedTime(started);
        if (result.RequeueAfter > TimeSpan.Zero)
        {
            // The delay is the reconciler's own schedule, not a retry: the backoff starts over.
            Queue.Forget(key);
            Queue.AddAfter(key, result.RequeueAfter);
            _metrics.Reconciled(Name, ReconcileOutcome.RequeueAfter, took);
            LogRequeueAfter(_logger, result.RequeueAfter);
        }
        else if (result.Requeue)
        {
            Queue.AddRateLimited(key);
            _metrics.Reconciled(Name, ReconcileOutcome.Requeue, took);
            LogRequeue(_logger);
        }
        else
        {
            Queue.Forget(key);
            _metrics.Reconciled(Name, ReconcileOutcome.Success, took);
            LogSucceeded(_logger);
        }
    }
}
