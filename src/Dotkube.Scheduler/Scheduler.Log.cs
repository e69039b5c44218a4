using Microsoft.Extensions.Logging;

namespace Dotkube.Scheduler;

public sealed partial class Scheduler
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler started with profiles {Profiles}")]
    private static partial void LogStarted(ILogger logger, string profiles);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bound pod {Namespace}/{Pod} to {Node}")]
    private static partial void LogBound(ILogger logger, string? @namespace, string? pod, string node);

    [LoggerMessage(Level = LogLevel.Error, Message = "Error scheduling pod {Namespace}/{Pod}; retrying: {Message}")]
    private static partial void LogSchedulingError(ILogger logger, string? @namespace, string? pod, string message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unable to schedule pod {Namespace}/{Pod}: {Message}")]
    private static partial void LogFailed(ILogger logger, string? @namespace, string? pod, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assumed pod {Namespace}/{Pod} expired before the informer confirmed its binding")]
    private static partial void LogAssumedPodExpired(ILogger logger, string? @namespace, string? pod);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the PodScheduled condition of {Namespace}/{Pod}")]
    private static partial void LogConditionFailed(ILogger logger, Exception e, string? @namespace, string? pod);
}
