using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.Endpoints;

public sealed partial class EndpointsController
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Wrote endpoints {Namespace}/{Name} with {Addresses} addresses")]
    private static partial void LogSynced(ILogger logger, string @namespace, string name, int addresses);
}
