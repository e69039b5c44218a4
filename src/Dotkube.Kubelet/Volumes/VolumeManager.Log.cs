using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Volumes;

public sealed partial class VolumeManager
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Volume {Volume} of pod {Namespace}/{Name} not set up: {Error}")]
    private static partial void LogSetUpFailed(ILogger logger, string @namespace, string name, string volume, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote {Files} files of volume {Volume} of pod {Namespace}/{Name}")]
    private static partial void LogWritten(ILogger logger, string @namespace, string name, string volume, int files);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Volumes of pod {Uid} still mounted under {Directory}; not removing it yet")]
    private static partial void LogStillMounted(ILogger logger, string uid, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed the volumes of pod {Uid} ({Directory})")]
    private static partial void LogTornDown(ILogger logger, string uid, string directory);
}
