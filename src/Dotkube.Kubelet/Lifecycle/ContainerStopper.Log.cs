using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Lifecycle;

public sealed partial class ContainerStopper
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping container {ContainerId} of pod {Namespace}/{Name} with a grace period of {GracePeriodSeconds} s")]
    private static partial void LogStopping(ILogger logger, string @namespace, string name, string containerId, long gracePeriodSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PreStop hook of container {Container} of pod {Namespace}/{Name} failed: {Message}")]
    private static partial void LogPreStopFailed(ILogger logger, string @namespace, string name, string container, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "PreStop hook of container {Container} of pod {Namespace}/{Name} did not finish within the grace period of {GracePeriodSeconds} s")]
    private static partial void LogPreStopTimedOut(ILogger logger, string @namespace, string name, string container, long gracePeriodSeconds);
}
