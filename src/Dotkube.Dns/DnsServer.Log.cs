using System.Net;
using Microsoft.Extensions.Logging;

namespace Dotkube.Dns;

public sealed partial class DnsServer
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Cluster DNS listening on {EndPoint} (udp, tcp) for {Zone}, forwarding to [{Upstreams}]")]
    private static partial void LogStarted(ILogger logger, IPEndPoint endPoint, string zone, string upstreams);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No upstream nameserver in {Path} other than loopback ones; names outside the cluster get SERVFAIL")]
    private static partial void LogNoUpstreams(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "DNS {Proto} receive failed: {Message}")]
    private static partial void LogReceiveFailed(ILogger logger, string proto, string message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "DNS {Proto} send failed: {Message}")]
    private static partial void LogSendFailed(ILogger logger, string proto, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "DNS query failed")]
    private static partial void LogQueryFailed(ILogger logger, Exception e);
}
