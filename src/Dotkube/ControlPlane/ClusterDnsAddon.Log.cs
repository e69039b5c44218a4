using Microsoft.Extensions.Logging;

namespace Dotkube.ControlPlane;

public static partial class ClusterDnsAddon
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created Service kube-system/kube-dns at {ClusterIp}")]
    private static partial void LogCreated(ILogger logger, string clusterIp);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cluster DNS is disabled: deleted Service kube-system/kube-dns")]
    private static partial void LogRemoved(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not apply the kube-dns Service: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
