using System.Diagnostics;

namespace Dotkube.Tests.Acceptance.Agent;

/// <summary>This host's processes as the agent's e2e tests look for them: by name and a data dir on their command line.</summary>
public static class HostProcesses
{
    /// <summary>The pids, in order, of the processes called <paramref name="name"/> whose command line names a path under <paramref name="dir"/>.</summary>
    public static List<int> Named(string name, string dir) =>
        [.. Process.GetProcessesByName(name).Where(p => CommandLine(p.Id).Contains(dir, StringComparison.Ordinal)).Select(p => p.Id).Order()];

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (IOException)
        {
            // Gone meanwhile.
            return "";
        }
    }
}
