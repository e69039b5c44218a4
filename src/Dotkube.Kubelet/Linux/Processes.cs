namespace Dotkube.Kubelet.Linux;

/// <summary>Processes by pid, through /proc: for processes that are not our children (a containerd left by an agent that was killed).</summary>
public static class Processes
{
    /// <summary>True while the process exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // "pid (comm) S ...": the state follows the last ')', since comm may contain anything.
            var state = stat[(stat.LastIndexOf(')') + 2)..].TrimStart()[0];
            return state is not ('Z' or 'X');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The process's argv, or empty when it is gone.</summary>
    public static IReadOnlyList<string> CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Sends SIGTERM; false when the process was already gone.</summary>
    public static bool Terminate(int pid) => LibC.Kill(pid, LibC.Sigterm) == 0;

    /// <summary>Sends SIGKILL to the process alone (never its group: containerd's shims must live on).</summary>
    public static bool ForceKill(int pid) => LibC.Kill(pid, LibC.Sigkill) == 0;
}
