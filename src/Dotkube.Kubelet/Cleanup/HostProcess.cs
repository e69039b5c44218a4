using System.Globalization;
using Dotkube.Kubelet.Linux;

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
        var argv = Processes.CommandLine(pid);
        if (argv.Count == 0 || Processes.StatFields(pid) is not [not ("Z" or "X"), var parent, ..])
        {
            return null;
        }

        return new HostProcess(pid, int.Parse(parent, CultureInfo.InvariantCulture), argv, WorkingDirectoryOf(pid));
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
