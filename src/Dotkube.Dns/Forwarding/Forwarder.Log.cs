using System.Net;
using Dotkube.Dns.Protocol;
using Microsoft.Extensions.Logging;

namespace Dotkube.Dns.Forwarding;

internal sealed partial class Forwarder
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Upstream {Upstream} did not answer {Name} {Type} in time")]
    private static partial void LogUpstreamTimeout(ILogger logger, IPEndPoint upstream, string name, RecordType type);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Upstream {Upstream} failed for {Name} {Type}: {Message}")]
    private static partial void LogUpstreamFailed(ILogger logger, IPEndPoint upstream, string name, RecordType type, string message);
}
