using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Containerd;

public sealed partial class ContainerdSupervisor
{
    private const int TailLines = 40;

    private readonly Queue<string> _tail = new();

    /// <summary>
    /// One line of containerd's logrus output (<c>time="..." level=info msg="..." k=v</c>), logged at
    /// its level without containerd's timestamp (ours has one). containerd's info lines, some fifty
    /// per start, go to Debug; warnings and errors keep their level. The last lines are kept for
    /// start-up failure messages.
    /// </summary>
    private void OnOutput(string? line)
    {
        if (string.IsNullOrEmpty(line))
        {
            return;
        }

        lock (_tail)
        {
            _tail.Enqueue(line);
            while (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }
        }

        LogOutput(_logger, LevelOf(line), WithoutTimestamp(line));
    }

    private string OutputTail()
    {
        lock (_tail)
        {
            return string.Join('\n', _tail);
        }
    }

    internal static LogLevel LevelOf(string line)
    {
        var at = line.IndexOf("level=", StringComparison.Ordinal);
        if (at < 0)
        {
            return LogLevel.Information;
        }

        var level = line.AsSpan(at + "level=".Length);
        var end = level.IndexOf(' ');
        return (end < 0 ? level : level[..end]) switch
        {
            "trace" or "debug" or "info" => LogLevel.Debug,
            "warning" or "warn" => LogLevel.Warning,
            "error" or "fatal" or "panic" => LogLevel.Error,
            _ => LogLevel.Information,
        };
    }

    internal static string WithoutTimestamp(string line)
    {
        if (!line.StartsWith("time=\"", StringComparison.Ordinal))
        {
            return line;
        }

        var end = line.IndexOf("\" ", "time=\"".Length, StringComparison.Ordinal);
        return end < 0 ? line : line[(end + 2)..];
    }
}
