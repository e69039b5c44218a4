using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Containerd;

public sealed partial class ContainerdSupervisor
{
    [LoggerMessage(Message = "containerd: {Line}")]
    private static partial void LogOutput(ILogger logger, LogLevel level, string line);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote containerd config {ConfigFile} (snapshotter {Snapshotter}, sandbox image {SandboxImage})")]
    private static partial void LogConfigured(ILogger logger, string configFile, string snapshotter, string sandboxImage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Started containerd (pid {Pid}, {Binary})")]
    private static partial void LogStarted(ILogger logger, int pid, string binary);

    [LoggerMessage(Level = LogLevel.Information, Message = "containerd (pid {Pid}) is ready: {Version} after {Milliseconds:F0} ms")]
    private static partial void LogReady(ILogger logger, int pid, string version, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "containerd (pid {Pid}) exited with code {ExitCode} after {Seconds:F1} s")]
    private static partial void LogExited(ILogger logger, int pid, int exitCode, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Restarting containerd in {Seconds:F1} s")]
    private static partial void LogRestarting(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Restarting containerd failed")]
    private static partial void LogRestartFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "containerd (pid {Pid}) stopped with code {ExitCode}")]
    private static partial void LogStopped(ILogger logger, int pid, int exitCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "containerd (pid {Pid}) did not stop within {Seconds:F0} s of SIGTERM; killing it")]
    private static partial void LogKilling(ILogger logger, int pid, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping containerd (pid {Pid}) left running by a previous agent")]
    private static partial void LogLeftover(ILogger logger, int pid);
}
