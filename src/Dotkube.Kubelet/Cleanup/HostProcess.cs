using System.Globalization;

namespace Dotkube.Kubelet.Cleanup;

/// <summary>A process as /proc shows it: what uninstall needs to recognise ours.</summary>
public sealed record HostProcess(int Pid, int ParentPid, IReadOnlyList<string> Argv, string? WorkingDirectory)
{
    /// <summary>Every process readable in /proc now (kernel threads have no argv and are left out).</summary>
    public static IReadOnlyList<HostProcess> All()
    {
        var processes = new List<HostProcess>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Read(pid) is { } process)
            {
                processes.Add(process);
            }
        }

        return processes;
    }

    /// <summary>The process, or null when it is gone, a zombie, or a kernel thread.</summary>
    public static HostProcess? Read(int pid)
    {
        try
        {
            var argv = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // "pid (comm) S ppid ...": fields after the last ')', since comm may contain anything.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (argv.Length == 0 || fields[0] is "Z" or "X")
            {
                return null;
            }

            return new HostProcess(pid, int.Parse(fields[1], CultureInfo.InvariantCulture), argv, WorkingDirectoryOf(pid));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? WorkingDirectoryOf(int pid)
    {
        try
        {
            return new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
