using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.TaintEviction;

public sealed partial class TaintEvictionController
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Not all taints are tolerated after update for pod {Pod} on node {Node}")]
    private static partial void LogNotTolerated(ILogger logger, string pod, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleting pod {Pod}")]
    private static partial void LogEvicting(ILogger logger, string pod);
}
