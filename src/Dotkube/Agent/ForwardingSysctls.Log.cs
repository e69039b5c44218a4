using Microsoft.Extensions.Logging;

namespace Dotkube.Agent;

public sealed partial class ForwardingSysctls
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded kernel module {Module} for bridged traffic through iptables")]
    private static partial void LogModuleLoaded(ILogger logger, string module);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not load kernel module {Module} ({Error}); pod-to-service traffic on one bridge may not be translated")]
    private static partial void LogModuleFailed(ILogger logger, string module, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Set sysctl {Name}=1 (was {Previous}), as service traffic needs")]
    private static partial void LogSet(ILogger logger, string name, string previous);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not set sysctl {Name}=1: {Error}")]
    private static partial void LogSetFailed(ILogger logger, string name, string error);
}
