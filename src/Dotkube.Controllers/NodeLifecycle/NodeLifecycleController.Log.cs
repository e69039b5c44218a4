using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.NodeLifecycle;

public sealed partial class NodeLifecycleController
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Node health pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Information, Message = "Controller observed a new Node {Node}")]
    private static partial void LogNewNode(ILogger logger, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Controller observed a Node deletion {Node}")]
    private static partial void LogNodeDeleted(ILogger logger, string node);

    [LoggerMessage(Level = LogLevel.Error, Message = "Update health of Node {Node} from Controller failed, skipping: no pods will be evicted")]
    private static partial void LogHealthUpdateFailed(ILogger logger, Exception e, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Node {Node} has not been heard from for {GracePeriod}: its conditions are now Unknown")]
    private static partial void LogNodeUnknown(ILogger logger, string node, TimeSpan gracePeriod);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unable to mark all pods NotReady on node {Node}; will retry")]
    private static partial void LogMarkPodsNotReadyFailed(ILogger logger, Exception e, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Node {Node} is healthy again, removed its NoExecute taints")]
    private static partial void LogNodeHealthyAgain(ILogger logger, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tainted node {Node} with {Taint}:NoExecute")]
    private static partial void LogTainted(ILogger logger, string node, string taint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed to change the NoExecute taints of node {Node}; will retry")]
    private static partial void LogTaintFailed(ILogger logger, Exception e, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Node {Node} condition taints: added [{Added}], removed [{Removed}]")]
    private static partial void LogConditionTaints(ILogger logger, string node, string added, string removed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Controller detected that all Nodes are not-Ready. Entering master disruption mode")]
    private static partial void LogEnteringFullDisruption(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Controller detected that some Nodes are Ready. Exiting master disruption mode")]
    private static partial void LogLeavingFullDisruption(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Controller detected that zone {Zone} is now in state {State}")]
    private static partial void LogZoneState(ILogger logger, string zone, ZoneState state);
}
