using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Probes;

public sealed partial class ProbeManager
{
    [LoggerMessage(Level = LogLevel.Error, Message = "The {Kind} probe worker of container {Container} of pod {Uid} failed")]
    private static partial void LogWorkerFailed(ILogger logger, ProbeKind kind, string container, string uid, Exception exception);
}
