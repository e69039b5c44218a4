using Microsoft.Extensions.Logging;

namespace Dotkube.Dns.Server;

internal sealed partial class QueryHandler
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Malformed {Proto} query answered FORMERR: {Message}")]
    private static partial void LogMalformed(ILogger logger, string proto, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answer cannot be encoded, sending SERVFAIL: {Message}")]
    private static partial void LogUnencodable(ILogger logger, string message);
}
