using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.GarbageCollector;

public sealed partial class GarbageCollector
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Garbage collector synced: {Monitors} resources monitored, {Nodes} objects in the graph")]
    private static partial void LogSynced(ILogger logger, int monitors, int nodes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Garbage collector monitors changed from {Before} to {After} resources")]
    private static partial void LogMonitorsChanged(ILogger logger, int before, int after);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discovery incomplete, monitoring what was found: {Message}")]
    private static partial void LogDiscoveryIncomplete(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discovery failed")]
    private static partial void LogDiscoveryFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleting {Object} with propagation policy {Policy}")]
    private static partial void LogDeleting(ILogger logger, string @object, string policy);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removing owner references {Owners} from {Object}")]
    private static partial void LogRemovingReferences(ILogger logger, string @object, string owners);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removing finalizer {Finalizer} from {Object}")]
    private static partial void LogRemovingFinalizer(ILogger logger, string finalizer, string @object);
}
