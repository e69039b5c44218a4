using Microsoft.Extensions.Logging;

namespace Dotkube.Agent;

public sealed partial class ServiceNetwork
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Not running as root: no service proxy and no cluster DNS on this node")]
    private static partial void LogNotRoot(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The cluster DNS server cannot listen on {Address}:53 ({Error}); pods on this node get no cluster DNS from it")]
    private static partial void LogDnsFailed(ILogger logger, string address, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published kube-system/{Slice}: kube-dns answers at {Address}:53")]
    private static partial void LogDnsPublished(ILogger logger, string slice, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No kube-system/kube-dns Service (the server runs without cluster DNS): this node's DNS server is not published")]
    private static partial void LogNoDnsService(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish this node in kube-dns, retrying: {Error}")]
    private static partial void LogPublishRetry(ILogger logger, string error);
}
