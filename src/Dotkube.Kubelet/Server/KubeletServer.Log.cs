using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Server;

public sealed partial class KubeletServer
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Kubelet API serving on https://{Address}:{Port}")]
    private static partial void LogServing(ILogger logger, string address, int port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kubelet API refused user {User} for {Path}")]
    private static partial void LogForbidden(ILogger logger, string user, string path);
}
