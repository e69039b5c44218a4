namespace Dotkube.Kubelet.Cleanup;

/// <summary>
/// Recognises, from a command line alone, the processes one dotkube data dir started: its
/// <c>dotkube server</c>/<c>agent</c>, its containerd (<c>--config</c> names our config file) and
/// that containerd's shims (<c>-address</c> names our socket). Anything else, a system
/// containerd on /run/containerd/containerd.sock above all, never matches.
/// </summary>
public static class ProcessMatcher
{
    /// <summary>The dotkube commands that run for as long as they are not stopped.</summary>
    public static readonly IReadOnlySet<string> LongRunningCommands = new HashSet<string>(StringComparer.Ordinal) { "server", "agent" };

    /// <summary>containerd started with <paramref name="configFile"/> (<c>containerd --config FILE</c>, <c>-c FILE</c> or <c>--config=FILE</c>).</summary>
    public static bool IsContainerd(IReadOnlyList<string> argv, string configFile) =>
        argv.Count > 0 && Path.GetFileName(argv[0]) == "containerd" && OptionValue(argv, 1, "--config", "-c") == configFile;

    /// <summary>A containerd shim (containerd-shim-runc-v2 and kin) of the containerd serving <paramref name="socket"/>.</summary>
    public static bool IsShim(IReadOnlyList<string> argv, string socket) =>
        argv.Count > 0 && Path.GetFileName(argv[0]).StartsWith("containerd-shim", StringComparison.Ordinal)
                       && OptionValue(argv, 1, "-address", "--address") == socket;

    /// <summary>
    /// The data dir of a <c>dotkube server</c> or <c>dotkube agent</c> (run as <c>dotkube</c>, the
    /// launcher, or <c>dotnet dotkube.dll</c>): its <c>--data-dir</c>/<c>-d</c> resolved against
    /// its working directory, else <paramref name="defaultDataDir"/>. Null for any other process,
    /// including other dotkube commands such as uninstall itself.
    /// </summary>
    public static string? DotkubeDataDir(IReadOnlyList<string> argv, string? workingDirectory, string defaultDataDir)
    {
        var program = -1;
        for (var i = 0; i < argv.Count && program < 0; i++)
        {
            if (Path.GetFileName(argv[i]) is "dotkube" or "dotkube.dll")
            {
                program = i;
            }
        }

        if (program < 0 || program + 1 >= argv.Count || !LongRunningCommands.Contains(argv[program + 1]))
        {
            return null;
        }

        var dataDir = OptionValue(argv, program + 2, "--data-dir", "-d") ?? defaultDataDir;
        return Normalize(Path.IsPathRooted(dataDir) || workingDirectory is null ? dataDir : Path.Combine(workingDirectory, dataDir));
    }

    /// <summary>An absolute path without a trailing separator or dot segments, for comparing data dirs.</summary>
    public static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>The value of the first of <paramref name="names"/> from <paramref name="start"/> on: <c>NAME VALUE</c>, <c>NAME=VALUE</c> or <c>NAME:VALUE</c>.</summary>
    internal static string? OptionValue(IReadOnlyList<string> argv, int start, params string[] names)
    {
        for (var i = start; i < argv.Count; i++)
        {
            foreach (var name in names)
            {
                if (argv[i] == name)
                {
                    return i + 1 < argv.Count ? argv[i + 1] : null;
                }

                if (argv[i].Length > name.Length + 1 && argv[i].StartsWith(name, StringComparison.Ordinal) && argv[i][name.Length] is '=' or ':')
                {
                    return argv[i][(name.Length + 1)..];
                }
            }
        }

        return null;
    }
}
