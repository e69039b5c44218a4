using Microsoft.Extensions.Logging;

namespace Dotkube.Client.Events;

public sealed partial class EventRecorder
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Event queue full, dropping event event={Event}")]
    private static partial void LogQueueFull(ILogger logger, string @event);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Event recorder stopped, dropping event event={Event}")]
    private static partial void LogRecorderStopped(ILogger logger, string @event);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unsupported event type, dropping event type={Type} reason={Reason}")]
    private static partial void LogUnsupportedType(ILogger logger, string type, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not construct reference to the object, dropping event reason={Reason}")]
    private static partial void LogNoReference(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record event reason={Reason}")]
    private static partial void LogRecordFailed(ILogger logger, string reason, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Event dropped by the spam filter event={Event}")]
    private static partial void LogSpamDropped(ILogger logger, string @event);

    [LoggerMessage(Level = LogLevel.Error, Message = "Server rejected event (will not retry) event={Event} err={Error}")]
    private static partial void LogRejected(ILogger logger, string @event, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unable to write event (may retry after sleeping) event={Event} err={Error}")]
    private static partial void LogWriteRetrying(ILogger logger, string @event, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unable to write event (retry limit exceeded) event={Event} tries={Tries}")]
    private static partial void LogRetriesExhausted(ILogger logger, string @event, int tries);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error writing event event={Event}")]
    private static partial void LogWriteFailed(ILogger logger, string @event, Exception exception);
}
