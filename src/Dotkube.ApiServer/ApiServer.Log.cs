using Microsoft.Extensions.Logging;

namespace Dotkube.ApiServer;

public sealed partial class ApiServer
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Serving securely on {Address}:{Port}")]
    private static partial void LogServing(ILogger logger, string address, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote admin kubeconfig to {Path}")]
    private static partial void LogKubeconfig(ILogger logger, string path);
}
