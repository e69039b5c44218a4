using Microsoft.Extensions.Logging;

namespace Dotkube.Client.Informers;

public sealed partial class SharedInformer<T>
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Listing kind={Kind} namespace={Namespace} labelSelector={LabelSelector} fieldSelector={FieldSelector}")]
    private static partial void LogListing(ILogger logger, string kind, string @namespace, string labelSelector, string fieldSelector);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Listed kind={Kind} items={Items} resourceVersion={ResourceVersion}")]
    private static partial void LogListed(ILogger logger, string kind, int items, string resourceVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed to list kind={Kind}")]
    private static partial void LogListFailed(ILogger logger, string kind, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watch resourceVersion too old, relisting kind={Kind} resourceVersion={ResourceVersion}")]
    private static partial void LogWatchExpired(ILogger logger, string kind, string? resourceVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watch failed kind={Kind}")]
    private static partial void LogWatchFailed(ILogger logger, string kind, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Very short watch: closed in under a second without an event kind={Kind}")]
    private static partial void LogShortWatch(ILogger logger, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event handler failed kind={Kind}")]
    private static partial void LogHandlerFailed(ILogger logger, string kind, Exception exception);
}
