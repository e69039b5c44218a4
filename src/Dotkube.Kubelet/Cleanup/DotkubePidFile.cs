using System.Globalization;

namespace Dotkube.Kubelet.Cleanup;

/// <summary>
/// The pid of a running <c>dotkube server</c> (DATA_DIR/server/dotkube.pid) or <c>dotkube agent</c>
/// (DATA_DIR/agent/dotkube.pid), so uninstall finds the process that owns a data dir. Written at
/// start, deleted on exit; a file left by a killed process is harmless, since uninstall checks
/// that the pid is still a dotkube server or agent.
/// </summary>
public sealed class DotkubePidFile : IDisposable
{
    private readonly string _path;

    private DotkubePidFile(string path) => _path = path;

    public static string ServerPath(string dataDir) => Path.Combine(dataDir, "server", "dotkube.pid");

    public static string AgentPath(string dataDir) => Path.Combine(dataDir, "agent", "dotkube.pid");

    /// <summary>Writes this process's pid to <paramref name="path"/>; dispose deletes the file if it still names this process.</summary>
    public static DotkubePidFile Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        return new DotkubePidFile(path);
    }

    /// <summary>The pid in <paramref name="path"/>, or null when there is none.</summary>
    public static int? Read(string path)
    {
        try
        {
            return int.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (Read(_path) == Environment.ProcessId)
        {
            File.Delete(_path);
        }
    }
}
