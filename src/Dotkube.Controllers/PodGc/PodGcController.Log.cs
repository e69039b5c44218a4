using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.PodGc;

public sealed partial class PodGcController
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Garbage collecting {Count} terminated pods beyond the threshold of {Threshold}")]
    private static partial void LogCollectingTerminated(ILogger logger, int count, int threshold);

    [LoggerMessage(Level = LogLevel.Information, Message = "PodGC force-deleted pod {Namespace}/{Name}")]
    private static partial void LogDeleted(ILogger logger, string @namespace, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PodGC failed to delete pod {Namespace}/{Name}")]
    private static partial void LogDeleteFailed(ILogger logger, Exception e, string @namespace, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Error while getting node {Node}")]
    private static partial void LogNodeCheckFailed(ILogger logger, Exception e, string node);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pod GC pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception e);
}
