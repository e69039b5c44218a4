using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.EndpointSlices;

public sealed partial class EndpointSliceController
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Synced endpoint slices of {Service}: {Created} created, {Updated} updated, {Deleted} deleted")]
    private static partial void LogSynced(ILogger logger, string service, int created, int updated, int deleted);
}
