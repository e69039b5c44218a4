using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.Disruption;

public sealed partial class DisruptionController
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Failed to sync PDB {Namespace}/{Name}")]
    private static partial void LogSyncFailed(ILogger logger, Exception e, string @namespace, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pod {Namespace}/{Pod} was expected to be deleted but it wasn't, updating PDB {Budget}")]
    private static partial void LogNotDeleted(ILogger logger, string @namespace, string pod, string budget);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Updated PDB {Namespace}/{Name}: currentHealthy={Healthy} desiredHealthy={Desired} disruptionsAllowed={Allowed}")]
    private static partial void LogSynced(ILogger logger, string @namespace, string name, int healthy, int desired, int allowed);

}
