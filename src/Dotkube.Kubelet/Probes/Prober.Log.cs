using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Probes;

public sealed partial class Prober
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} probe of container {Container} of pod {Namespace}/{Name} failed: {Output}")]
    private static partial void LogProbeFailed(ILogger logger, ProbeKind kind, string @namespace, string name, string container, string output);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} probe of container {Container} of pod {Namespace}/{Name} errored: {Error}")]
    private static partial void LogProbeErrored(ILogger logger, ProbeKind kind, string @namespace, string name, string container, string error);
}
