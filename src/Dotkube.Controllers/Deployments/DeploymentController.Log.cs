using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.Deployments;

public sealed partial class DeploymentController
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Deployment has been deleted deployment={Key}")]
    private static partial void LogDeploymentGone(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Debug, Message = "More than one deployment is selecting replica set replicaSet={Namespace}/{Name} deployment={Deployment}")]
    private static partial void LogSeveralDeploymentsSelect(ILogger logger, string? @namespace, string? name, string? deployment);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Found a hash collision for deployment - bumping collisionCount to resolve it deployment={Namespace}/{Name} oldCollisionCount={Old} newCollisionCount={New}")]
    private static partial void LogHashCollision(ILogger logger, string? @namespace, string? name, int old, int @new);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deployment timed out progressing deployment={Namespace}/{Name} message={Message}")]
    private static partial void LogTimedOut(ILogger logger, string? @namespace, string? name, string? message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cleaning up old replica set replicaSet={Namespace}/{Name} deployment={Deployment}")]
    private static partial void LogCleaningUp(ILogger logger, string? @namespace, string? name, string? deployment);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scaling down old replica sets failed deployment={Namespace}/{Name}")]
    private static partial void LogScaleDownFailed(ILogger logger, Exception exception, string? @namespace, string? name);
}
