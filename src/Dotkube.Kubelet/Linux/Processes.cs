namespace Dotkube.Kubelet.Linux;

/// <summary>Processes by pid, through /proc: for processes that are not our children (a containerd left by an agent that was killed).</summary>
public static class Processes
{
    /// <summary>True while the process exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsAlive(int pid) => StatFields(pid) is [not ("Z" or "X"), ..];

    /// <summary>
    /// The fields of /proc/PID/stat after "pid (comm) ": state, ppid, ...; null when it is gone.
    /// They follow the last ')', since comm may contain anything.
    /// </summary>
    public static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
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
