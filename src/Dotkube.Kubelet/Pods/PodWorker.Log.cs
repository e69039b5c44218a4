using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Pods;

internal sealed partial class PodWorker
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created sandbox {SandboxId} (attempt {Attempt}) for pod {Namespace}/{Name}")]
    private static partial void LogSandboxCreated(ILogger logger, string @namespace, string name, string sandboxId, uint attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped sandbox {SandboxId} of pod {Namespace}/{Name}")]
    private static partial void LogSandboxStopped(ILogger logger, string @namespace, string name, string sandboxId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Started container {Container} ({ContainerId}, restart {RestartCount}) of pod {Namespace}/{Name}")]
    private static partial void LogContainerStarted(ILogger logger, string @namespace, string name, string container, string containerId, int restartCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping container {ContainerId} of pod {Namespace}/{Name}: {Message}")]
    private static partial void LogKillingContainer(ILogger logger, string @namespace, string name, string containerId, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Container {Container} of pod {Namespace}/{Name} not started: {Reason}: {Message}")]
    private static partial void LogStartFailed(ILogger logger, string @namespace, string name, string container, string reason, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostStart hook of container {Container} of pod {Namespace}/{Name} failed: {Message}")]
    private static partial void LogPostStartFailed(ILogger logger, string @namespace, string name, string container, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected pod {Namespace}/{Name}: {Reason}: {Message}")]
    private static partial void LogRejected(ILogger logger, string @namespace, string name, string reason, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pod {Uid} is being deleted: its sync stops waiting for a postStart hook")]
    private static partial void LogPostStartAbandoned(ILogger logger, string uid);

    [LoggerMessage(Level = LogLevel.Information, Message = "Terminating pod {Namespace}/{Name} with a grace period of {GracePeriodSeconds} s")]
    private static partial void LogTerminating(ILogger logger, string @namespace, string name, long gracePeriodSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removing the containers of pod {Namespace}/{Name} ({Uid}), which the API no longer has")]
    private static partial void LogRemovingOrphan(ILogger logger, string @namespace, string name, string uid);
}
