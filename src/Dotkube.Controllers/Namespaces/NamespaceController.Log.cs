using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.Namespaces;

public sealed partial class NamespaceController
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Content remaining in namespace {Namespace}, waiting {Seconds} seconds")]
    private static partial void LogContentRemaining(ILogger logger, string @namespace, long seconds);
}
