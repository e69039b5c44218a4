using Microsoft.Extensions.Logging;

namespace Dotkube.Proxy;

public sealed partial class ServiceProxy
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Synced proxy rules full={Full} servicePorts={ServicePorts} natRules={NatRules}")]
    private partial void LogSynced(bool full, int servicePorts, int natRules);

    [LoggerMessage(Level = LogLevel.Error, Message = "Failed to sync proxy rules; retrying")]
    private partial void LogSyncFailed(Exception exception);
}
