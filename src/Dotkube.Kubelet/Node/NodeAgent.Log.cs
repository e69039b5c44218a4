using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Node;

public sealed partial class NodeAgent
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Starting the node agent for {Node}: {Cpus} CPUs, {MemoryBytes} bytes of memory, {OsImage}")]
    private static partial void LogStarting(ILogger logger, string node, int cpus, long memoryBytes, string osImage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Successfully registered node {Node}")]
    private static partial void LogRegistered(ILogger logger, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Node {Node} was already registered; adopted it")]
    private static partial void LogAdopted(ILogger logger, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Node {Node} status posted: Ready={Ready} {Message}")]
    private static partial void LogStatusPosted(ILogger logger, string node, string ready, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pod network configured for podCIDR {PodCidr}: {File}")]
    private static partial void LogNetworkConfigured(ILogger logger, string podCidr, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Container runtime call failed: {Error}")]
    private static partial void LogRuntimeCheckFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed to {What} (attempt {Attempt})")]
    private static partial void LogPassFailed(ILogger logger, string what, int attempt, Exception exception);
}
