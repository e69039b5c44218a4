using Microsoft.Extensions.Logging;

namespace Dotkube.Scheduler.Plugins.DefaultPreemption;

public sealed partial class DefaultPreemption
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Pod {Namespace}/{Pod} is not eligible for preemption: {Reason}")]
    private static partial void LogNotEligible(ILogger logger, string? @namespace, string? pod, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Preemption will not help schedule pod {Namespace}/{Pod} on any node")]
    private static partial void LogNotHelpful(ILogger logger, string? @namespace, string? pod);

    [LoggerMessage(Level = LogLevel.Information, Message = "Preempted pod {Namespace}/{Victim} for pod {PreemptorNamespace}/{Preemptor} on node {Node}")]
    private static partial void LogPreempted(ILogger logger, string? @namespace, string? victim, string? preemptorNamespace, string? preemptor,
        string node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not clear the nominatedNodeName of pods for preemptor {Namespace}/{Pod}")]
    private static partial void LogClearNominationFailed(ILogger logger, Exception error, string? @namespace, string? pod);
}
