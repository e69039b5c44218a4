using Microsoft.Extensions.Logging;

namespace Dotkube.Client.Runtime;

public sealed partial class Controller<TKey>
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Starting workers controller={Controller} workerCount={WorkerCount}")]
    private static partial void LogStartingWorkers(ILogger logger, string controller, int workerCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutdown signal received, waiting for all workers to finish controller={Controller}")]
    private static partial void LogStopping(ILogger logger, string controller);

    [LoggerMessage(Level = LogLevel.Information, Message = "All workers finished controller={Controller}")]
    private static partial void LogStopped(ILogger logger, string controller);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reconciler error")]
    private static partial void LogReconcilerError(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reconcile cancelled by shutdown")]
    private static partial void LogCancelled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reconcile done, requeueing after {RequeueAfter}")]
    private static partial void LogRequeueAfter(ILogger logger, TimeSpan requeueAfter);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reconcile done, requeueing")]
    private static partial void LogRequeue(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reconcile successful")]
    private static partial void LogSucceeded(ILogger logger);
}
