using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Server;

public sealed partial class StreamingHandler
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Exec in container {ContainerId} of pod {Namespace}/{Pod} failed to start")]
    private static partial void LogExecFailed(ILogger logger, string containerId, string @namespace, string pod, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Attach to container {ContainerId} of pod {Namespace}/{Pod} failed")]
    private static partial void LogAttachFailed(ILogger logger, string containerId, string @namespace, string pod, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Attach to container {ContainerId} ended by {Side}")]
    private static partial void LogAttachEnded(ILogger logger, string containerId, string side);
}
